package com.claimstream.clearinghousesandbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.claimstream.benefits.EligibilityResponse;
import com.claimstream.benefits.EligibilityResponse.OonBenefits;
import com.claimstream.benefits.sandbox.SandboxPlans;
import com.claimstream.x12.ClaimPayment;
import com.claimstream.x12.ClaimPayment.Adjustment;
import com.claimstream.x12.Person;
import com.claimstream.x12.ProfessionalClaim;
import com.claimstream.x12.StreetAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox payer decides PRODUCT §10's examples exactly, and balances every 835. */
class SandboxPayerTests {

	private static final StreetAddress ADDRESS = new StreetAddress("1 Main St", null, "Albany", "NY", "12207");

	private static ProfessionalClaim claim(String memberId, String cpt, long feeCents) {
		return new ProfessionalClaim("CS00000001",
				new ProfessionalClaim.BillingProvider("Calm Waters", "1245319599", "123456789", ADDRESS),
				new ProfessionalClaim.RenderingProvider("Smith", "Ann", "1245319599"),
				new ProfessionalClaim.Subscriber(memberId, null,
						new Person("Doe", "Jane", LocalDate.of(1990, 1, 1), "F", ADDRESS)),
				null, new ProfessionalClaim.Payer("Aetna", "60054"), List.of("F411"),
				new ProfessionalClaim.ServiceLine(cpt, List.of(), "11", 1, feeCents, LocalDate.of(2026, 12, 1)));
	}

	private static SandboxPayer.Decision decide(String memberId, String cpt, long feeCents) {
		EligibilityResponse plan = SandboxPlans.plan(memberId);
		return SandboxPayer.adjudicate(claim(memberId, cpt, feeCents), plan, SandboxPayer.Accumulators.of(plan), "P1");
	}

	@Test
	void exampleOneAllowedAmountAllGoesToTheDeductible() {
		// fee $200, allowed $120 (90834), deductible remaining $1,250 ≥ $500
		ClaimPayment payment = decide("OONDED-1", "90834", 20_000).payment();
		assertThat(payment.paidCents()).isZero();
		assertThat(payment.deductibleCents()).isEqualTo(12_000);
		assertThat(payment.allowedCents()).isEqualTo(12_000);
		assertBalanced(payment);
	}

	@Test
	void exampleTwoFiftyToTheDeductibleEightyReimbursed() {
		SandboxPayer.Decision decision = decide("OONLOW-1", "90837", 20_000);
		ClaimPayment payment = decision.payment();
		assertThat(payment.deductibleCents()).isEqualTo(5_000);
		assertThat(payment.paidCents()).isEqualTo(8_000);
		assertThat(payment.coinsuranceCents()).isEqualTo(2_000);
		assertThat(payment.adjustments()).contains(new Adjustment("PR", "45", 5_000));
		assertThat(decision.after()).isEqualTo(new SandboxPayer.Accumulators(100_000, 95_000 + 7_000));
		assertBalanced(payment);
	}

	@Test
	void theOutOfPocketMaximumCapsWhatTheMemberPays() {
		EligibilityResponse nearlyMaxed = new EligibilityResponse(true, OonBenefits.YES, 100_000L, 100_000L, 2_000,
				500_000L, 499_000L, Map.of("90837", 15_000L), List.of(), null);
		ClaimPayment payment = SandboxPayer
			.adjudicate(claim("X", "90837", 20_000), nearlyMaxed, SandboxPayer.Accumulators.of(nearlyMaxed), "P1")
			.payment();
		assertThat(payment.coinsuranceCents()).isEqualTo(1_000);
		assertThat(payment.paidCents()).isEqualTo(14_000);
		assertBalanced(payment);
	}

	@Test
	void plansWithoutCoverageAreDeniedWithTheirReasonCodes() {
		assertThat(decide("NOOON-1", "90837", 20_000).payment()).satisfies((payment) -> {
			assertThat(payment.denied()).isTrue();
			assertThat(payment.denialReasons()).extracting(Adjustment::reason).containsExactly("242");
			assertThat(payment.remarks()).containsExactly("N130");
			assertBalanced(payment);
		});
		assertThat(decide("INACTIVE-1", "90837", 20_000).payment().denialReasons()).extracting(Adjustment::reason)
			.containsExactly("27");
		assertThat(decide("CARVE-1", "90837", 20_000).payment().denialReasons()).extracting(Adjustment::reason)
			.containsExactly("109");
		assertThat(decide("OONMET-1", "99213", 20_000).payment().denialReasons()).extracting(Adjustment::reason)
			.containsExactly("96");
	}

	@Test
	void aDeniedClaimCountsNothingTowardsTheDeductible() {
		EligibilityResponse plan = SandboxPlans.plan("NOOON-2");
		SandboxPayer.Accumulators before = SandboxPayer.Accumulators.of(plan);
		assertThat(SandboxPayer.adjudicate(claim("NOOON-2", "90837", 20_000), plan, before, "P1").after())
			.isEqualTo(before);
	}

	/** An 835 balances: the charge less the payment is what the adjustments explain. */
	private static void assertBalanced(ClaimPayment payment) {
		assertThat(payment.adjustments().stream().mapToLong(Adjustment::amountCents).sum())
			.isEqualTo(payment.chargeCents() - payment.paidCents());
		assertThat(payment.patientResponsibilityCents()).isEqualTo(payment.chargeCents() - payment.paidCents());
	}

}
