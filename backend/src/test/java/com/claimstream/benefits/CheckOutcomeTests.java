package com.claimstream.benefits;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.claimstream.benefits.EligibilityResponse.OonBenefits;
import com.claimstream.benefits.EligibilityResponse.Rejection;

import static org.assertj.core.api.Assertions.assertThat;

/** How a 271 answer ends a check: complete, incomplete (what is missing) or failed. */
class CheckOutcomeTests {

	private static final List<String> ASKED = List.of("90834", "90837");

	@Test
	void aRejectionFailsTheCheckWithoutNumbers() {
		CheckOutcome outcome = CheckOutcome.of(EligibilityResponse.rejected(Rejection.payerTimeout()), ASKED);
		assertThat(outcome.status()).isEqualTo(BenefitCheckStatus.FAILED);
		assertThat(outcome.rejection().code()).isEqualTo("42");
		assertThat(outcome.numbers().oonBenefits()).isEqualTo(OonBenefits.UNKNOWN);
		assertThat(outcome.numbers().activeCoverage()).isNull();
	}

	@Test
	void everyFigureAnEstimateNeedsMakesItComplete() {
		CheckOutcome outcome = CheckOutcome.of(new EligibilityResponse(true, OonBenefits.YES, 100_000L, 20_000L, 2_000,
				null, null, java.util.Map.of("90834", 12_000L, "90837", 15_000L), List.of(), null), ASKED);
		assertThat(outcome.status()).isEqualTo(BenefitCheckStatus.COMPLETE);
		assertThat(outcome.numbers().deductibleRemainingCents()).isEqualTo(80_000L);
	}

	@Test
	void aMissingFigureMakesItIncompleteAndSaysWhich() {
		CheckOutcome outcome = CheckOutcome.of(new EligibilityResponse(true, OonBenefits.YES, 100_000L, null, 2_000,
				null, null, java.util.Map.of("90834", 12_000L), List.of(), null), ASKED);
		assertThat(outcome.status()).isEqualTo(BenefitCheckStatus.INCOMPLETE);
		assertThat(outcome.missingFields()).containsExactly("deductibleMet", "allowedAmount.90837");
	}

	@Test
	void noOonBenefitsAndInactiveCoverageAreCompleteAnswers() {
		assertThat(CheckOutcome
			.of(new EligibilityResponse(true, OonBenefits.NO, null, null, null, null, null, java.util.Map.of(),
					List.of(), null), ASKED)
			.status()).isEqualTo(BenefitCheckStatus.COMPLETE);
		assertThat(CheckOutcome
			.of(new EligibilityResponse(false, OonBenefits.NO, null, null, null, null, null, java.util.Map.of(),
					List.of(), null), ASKED)
			.status()).isEqualTo(BenefitCheckStatus.COMPLETE);
	}

	@Test
	void aCarveOutNeedsAPerson() {
		CheckOutcome outcome = CheckOutcome.of(new EligibilityResponse(true, OonBenefits.UNKNOWN, null, null, null,
				null, null, java.util.Map.of(), List.of(), "Optum Behavioral Health"), ASKED);
		assertThat(outcome.status()).isEqualTo(BenefitCheckStatus.INCOMPLETE);
		assertThat(outcome.carvedOutTo()).isEqualTo("Optum Behavioral Health");
	}

}
