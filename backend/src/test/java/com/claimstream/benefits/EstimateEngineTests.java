package com.claimstream.benefits;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import com.claimstream.common.Percent;
import com.claimstream.common.Pricing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reimbursement and pricing rules of PRODUCT §10: the worked examples exactly, and
 * properties over any fee, allowed amount, deductible and coinsurance.
 */
class EstimateEngineTests {

	private static final long MAX = 10_000_000L;

	@Test
	void example1DeductibleTakesTheWholeBasis() {
		Reimbursement paid = Reimbursement.approved(20_000, 12_000, 50_000, Percent.percent(20));
		assertThat(paid.reimbursementCents()).isZero();
		assertThat(paid.deductibleAppliedCents()).isEqualTo(12_000);
		assertThat(Pricing.oonPayFee(20_000, paid.reimbursementCents())).isZero();
	}

	@Test
	void example2DeductibleThenCoinsuranceThenTheOonFee() {
		SessionEstimate estimate = SessionEstimate.of(20_000, 15_000, 5_000, Percent.percent(20));
		assertThat(estimate.deductibleAppliedCents()).isEqualTo(5_000);
		assertThat(estimate.reimbursementCents()).isEqualTo(8_000);
		assertThat(estimate.oonPayFeeCents()).isEqualTo(200);
		assertThat(estimate.clientReceivesCents()).isEqualTo(7_800);
	}

	@Test
	void example3ClaimstreamPayChargesTheGapPlusFivePercent() {
		assertThat(Pricing.claimstreamPayCharge(20_000, 17_500)).isEqualTo(3_500);
	}

	@Test
	void example4ClaimstreamPayFromTheBenefitData() {
		SessionEstimate estimate = SessionEstimate.of(20_000, 15_000, 0, Percent.percent(20));
		assertThat(estimate.reimbursementCents()).isEqualTo(12_000);
		assertThat(estimate.claimstreamPayChargeCents()).isEqualTo(9_000);
	}

	@Test
	void example5SelfPayClinicianNet() {
		assertThat(Pricing.clinicianNet(20_000)).isEqualTo(19_400);
	}

	@Test
	void aDeniedClaimPaysNothingAndCountsNothingTowardsTheDeductible() {
		Reimbursement denied = Reimbursement.denied(20_000, 15_000);
		assertThat(denied.reimbursementCents()).isZero();
		assertThat(denied.deductibleAppliedCents()).isZero();
		assertThat(Pricing.oonPayFee(20_000, denied.reimbursementCents())).isZero();
	}

	@Test
	void percentagesRoundHalfUpToTheCent() {
		assertThat(Percent.percent(3).of(50)).isEqualTo(2); // 1.5 cents
		assertThat(Percent.percent(3).of(49)).isEqualTo(1); // 1.47 cents
		assertThat(new Percent(1_250).of(4)).isEqualTo(1); // 12.5% of 4 = 0.5
		// (basis − deductible) × (1 − coinsurance): 70% of 5 cents = 3.5 → 4
		assertThat(Reimbursement.approved(5, 5, 0, Percent.percent(30)).reimbursementCents()).isEqualTo(4);
	}

	@Property(tries = 10_000)
	void theReimbursementNeverExceedsTheBasisAndTheDeductibleNeverItsRemainder(@ForAll @LongRange(max = MAX) long fee,
			@ForAll @LongRange(max = MAX) long allowed, @ForAll @LongRange(max = MAX) long remaining,
			@ForAll @IntRange(max = 10_000) int coinsurance) {
		Reimbursement paid = Reimbursement.approved(fee, allowed, remaining, new Percent(coinsurance));
		assertThat(paid.basisCents()).isEqualTo(Math.min(fee, allowed));
		assertThat(paid.deductibleAppliedCents()).isBetween(0L, Math.min(remaining, paid.basisCents()));
		assertThat(paid.reimbursementCents()).isBetween(0L, paid.basisCents() - paid.deductibleAppliedCents());
		// the deductible takes all it can before the plan pays anything
		if (paid.reimbursementCents() > 0) {
			assertThat(paid.deductibleAppliedCents()).isEqualTo(Math.min(remaining, paid.basisCents()));
		}
	}

	@Property(tries = 10_000)
	void aHigherCoinsuranceNeverPaysMore(@ForAll @LongRange(max = MAX) long fee,
			@ForAll @LongRange(max = MAX) long allowed, @ForAll @LongRange(max = MAX) long remaining,
			@ForAll @IntRange(max = 10_000) int low, @ForAll @IntRange(max = 10_000) int high) {
		Percent lower = new Percent(Math.min(low, high));
		Percent higher = new Percent(Math.max(low, high));
		assertThat(Reimbursement.approved(fee, allowed, remaining, higher).reimbursementCents())
			.isLessThanOrEqualTo(Reimbursement.approved(fee, allowed, remaining, lower).reimbursementCents());
	}

	@Property(tries = 10_000)
	void aLargerDeductibleRemainderNeverPaysMore(@ForAll @LongRange(max = MAX) long fee,
			@ForAll @LongRange(max = MAX) long allowed, @ForAll @LongRange(max = MAX) long remaining,
			@ForAll @IntRange(max = 10_000) int coinsurance) {
		Percent percent = new Percent(coinsurance);
		assertThat(Reimbursement.approved(fee, allowed, Math.min(MAX, remaining + 1), percent).reimbursementCents())
			.isLessThanOrEqualTo(Reimbursement.approved(fee, allowed, remaining, percent).reimbursementCents());
	}

	@Property(tries = 10_000)
	void sessionAmountsAddUp(@ForAll @LongRange(max = MAX) long fee, @ForAll @LongRange(max = MAX) long allowed,
			@ForAll @LongRange(max = MAX) long remaining, @ForAll @IntRange(max = 10_000) int coinsurance) {
		SessionEstimate estimate = SessionEstimate.of(fee, allowed, remaining, new Percent(coinsurance));
		assertThat(estimate.oonPayFeeCents()).isBetween(0L, estimate.reimbursementCents());
		assertThat(estimate.oonPayFeeCents() > 0).isEqualTo(estimate.reimbursementCents() > 0 && fee >= 50);
		assertThat(estimate.clientReceivesCents()).isEqualTo(estimate.reimbursementCents() - estimate.oonPayFeeCents())
			.isNotNegative();
		assertThat(estimate.oonPayClientCostCents()).isEqualTo(fee - estimate.clientReceivesCents());
		assertThat(estimate.claimstreamPayChargeCents())
			.isEqualTo(fee - estimate.reimbursementCents() + Pricing.CLAIMSTREAM_PAY_FEE.of(fee))
			.isBetween(0L, fee + Pricing.CLAIMSTREAM_PAY_FEE.of(fee));
		assertThat(Pricing.clinicianNet(fee)).isEqualTo(fee - Pricing.PROCESSING_FEE.of(fee)).isNotNegative();
	}

	@Property(tries = 10_000)
	void halfUpRoundingIsExact(@ForAll @LongRange(max = MAX) long cents, @ForAll @IntRange(max = 10_000) int bp) {
		long exactTimesTenThousand = cents * bp;
		long rounded = new Percent(bp).of(cents);
		// rounded is the nearest cent, halves going up
		assertThat(rounded * 10_000 - exactTimesTenThousand).isBetween(-4_999L, 5_000L);
	}

}
