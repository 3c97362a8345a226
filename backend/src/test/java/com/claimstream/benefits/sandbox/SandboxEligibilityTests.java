package com.claimstream.benefits.sandbox;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.claimstream.benefits.EligibilityRequest;
import com.claimstream.benefits.EligibilityResponse;
import com.claimstream.benefits.EligibilityResponse.OonBenefits;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented test mode (docs/sandbox-eligibility.md), deterministic by member id. */
class SandboxEligibilityTests {

	@ParameterizedTest
	@CsvSource({ "OONDED123, DEDUCTIBLE_REMAINING", "oonmet-7, DEDUCTIBLE_MET", "NOOON1, NO_OON_BENEFITS",
			"PARTIAL9, INCOMPLETE", "TIMEOUT1, PAYER_TIMEOUT", "NOTFOUND2, SUBSCRIBER_NOT_FOUND", "CARVE3, CARVED_OUT",
			"INACTIVE4, INACTIVE", "W123456789, DEDUCTIBLE_REMAINING" })
	void thePrefixChoosesThePlan(String memberId, SandboxPlan plan) {
		assertThat(SandboxPlan.forMember(memberId)).isEqualTo(plan);
	}

	@Test
	void theSameMemberIdAlwaysGetsTheSameAnswerWithTheAllowedAmountsAsked() {
		EligibilityRequest request = request("OONMET42", List.of("90837", "90834", "99999"));
		EligibilityResponse first = SandboxEligibility.answer(request);
		assertThat(SandboxEligibility.answer(request)).isEqualTo(first);
		assertThat(first.oonBenefits()).isEqualTo(OonBenefits.YES);
		assertThat(first.deductibleTotalCents()).isEqualTo(first.deductibleMetCents()).isEqualTo(100_000L);
		assertThat(first.coinsuranceBasisPoints()).isEqualTo(2_000);
		assertThat(first.allowedCentsByCpt()).containsOnlyKeys("90837", "90834").containsEntry("90837", 15_000L);
	}

	@Test
	void aTimeoutIsARejectionWithTheAaaCode() {
		EligibilityResponse answer = SandboxEligibility.answer(request("TIMEOUT", List.of("90837")));
		assertThat(answer.rejections()).extracting(EligibilityResponse.Rejection::code).containsExactly("42");
		assertThat(answer.activeCoverage()).isNull();
	}

	private static EligibilityRequest request(String memberId, List<String> cpts) {
		return new EligibilityRequest("60054", memberId, "Alex", "Doe", LocalDate.of(1990, 1, 2),
				EligibilityRequest.MENTAL_HEALTH, cpts);
	}

}
