package com.claimstream.benefits;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import com.claimstream.benefits.EligibilityFacts.CheckFacts;
import com.claimstream.benefits.EligibilityResponse.OonBenefits;

import static org.assertj.core.api.Assertions.assertThat;

/** The payment-type rule of PRODUCT §9, for any combination of facts. */
class PaymentTypeRuleTests {

	private static final CheckFacts MET = new CheckFacts(BenefitCheckStatus.COMPLETE, true, OonBenefits.YES, 0L);

	@Test
	void aClientWithEverythingMayUseEveryType() {
		Map<String, PaymentTypeOption> options = byType(new EligibilityFacts(true, MET, true, true, true, true));
		assertThat(options.values()).allSatisfy((option) -> assertThat(option.eligible()).isTrue());
	}

	@Test
	void aNewClientMayOnlySelfPayAndIsToldWhy() {
		Map<String, PaymentTypeOption> options = byType(new EligibilityFacts(false, null, false, false, false, false));
		assertThat(options.get("self_pay").eligible()).isTrue();
		assertThat(codes(options.get("oon_pay"))).containsExactly("no_insurance", "no_diagnosis");
		assertThat(codes(options.get("claimstream_pay"))).containsExactly("no_insurance", "no_diagnosis",
				"no_paid_claim");
		assertThat(codes(options.get("superbill"))).containsExactly("no_insurance", "client_only");
		assertThat(options.get("oon_pay").reasons().get(0).message()).isEqualTo("Add the client's insurance first");
	}

	@Test
	void aFailedCheckIsNeverReadAsNoCoverage() {
		CheckFacts failed = new CheckFacts(BenefitCheckStatus.FAILED, null, OonBenefits.UNKNOWN, null);
		Map<String, PaymentTypeOption> options = byType(new EligibilityFacts(true, failed, true, true, true, false));
		assertThat(codes(options.get("oon_pay"))).containsExactly("benefit_check_needs_verification");
	}

	@Test
	void claimstreamPayWaitsForTheDeductible() {
		CheckFacts notMet = new CheckFacts(BenefitCheckStatus.VERIFIED, true, OonBenefits.YES, 1L);
		Map<String, PaymentTypeOption> options = byType(new EligibilityFacts(true, notMet, true, true, true, false));
		assertThat(options.get("oon_pay").eligible()).isTrue();
		assertThat(codes(options.get("claimstream_pay"))).containsExactly("deductible_not_met");
	}

	@Property(tries = 10_000)
	void theRuleOfTheProduct(@ForAll("facts") EligibilityFacts facts) {
		Map<String, PaymentTypeOption> options = byType(facts);
		CheckFacts check = facts.check();
		boolean usable = check != null && check.status().usable();
		boolean oonBenefits = usable && !Boolean.FALSE.equals(check.activeCoverage())
				&& check.oonBenefits() == OonBenefits.YES;
		boolean oonPay = facts.insuranceOnFile() && oonBenefits && facts.hasDiagnosis();
		boolean deductibleMet = oonBenefits && check.deductibleRemainingCents() != null
				&& check.deductibleRemainingCents() == 0;
		assertThat(options.keySet()).containsExactly("self_pay", "oon_pay", "claimstream_pay", "superbill");
		assertThat(options.get("self_pay").eligible()).isTrue();
		assertThat(options.get("oon_pay").eligible()).isEqualTo(oonPay);
		assertThat(options.get("claimstream_pay").eligible())
			.isEqualTo(oonPay && deductibleMet && facts.approvedPaidClaim() && facts.payerSupportsClaimstreamPay());
		assertThat(options.get("superbill").eligible()).isEqualTo(facts.insuranceOnFile() && facts.byClient());
		for (PaymentTypeOption option : options.values()) {
			// refused with at least one reason, allowed with none, never the same reason
			// twice
			assertThat(option.reasons().isEmpty()).isEqualTo(option.eligible());
			assertThat(codes(option)).doesNotHaveDuplicates();
			// a check that is not usable never reads as "no coverage"
			if (check != null && !check.status().usable()) {
				assertThat(codes(option)).doesNotContain("no_oon_benefits", "coverage_inactive");
			}
		}
		// Claimstream Pay is refused for at least every reason OON Pay is
		assertThat(codes(options.get("claimstream_pay"))).containsAll(codes(options.get("oon_pay")));
	}

	@Provide
	Arbitrary<EligibilityFacts> facts() {
		Arbitrary<CheckFacts> check = Combinators
			.combine(Arbitraries.of(BenefitCheckStatus.class), Arbitraries.of(true, false).injectNull(0.2),
					Arbitraries.of(OonBenefits.class), Arbitraries.longs().between(0, 500_000).injectNull(0.2))
			.as(CheckFacts::new);
		Arbitrary<Boolean> bool = Arbitraries.of(true, false);
		return Combinators.combine(bool, check.injectNull(0.2), bool, bool, bool, bool).as(EligibilityFacts::new);
	}

	private static Map<String, PaymentTypeOption> byType(EligibilityFacts facts) {
		return PaymentTypeRule.evaluate(facts)
			.stream()
			.collect(Collectors.toMap(PaymentTypeOption::type, (option) -> option, (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	private static List<String> codes(PaymentTypeOption option) {
		return option.reasons().stream().map(PaymentTypeOption.Reason::code).toList();
	}

}
