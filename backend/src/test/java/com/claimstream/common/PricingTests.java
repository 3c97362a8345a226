package com.claimstream.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import com.claimstream.common.Pricing.SessionPrice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a charge moves at the session (PRODUCT §10; RELIABILITY LED-06): the worked
 * examples exactly, and over every fee of 1 cent to $100,000 the fee and net add up to
 * the gross, each percentage is the exact half-up rounding, and nothing overflows.
 * (Examples 1 and 2, the reimbursement ones, are in EstimateEngineTests.)
 */
class PricingTests {

	private static final long MAX = 10_000_000L;

	@Test
	void example3ClaimstreamPayChargesTheGapPlusFivePercentAndAdvancesTheRest() {
		SessionPrice price = Pricing.claimstreamPayAtSession(20_000, 17_500);
		assertThat(price.clientChargeCents()).isEqualTo(3_500);
		assertThat(price.platformFeeCents()).isEqualTo(1_000);
		assertThat(price.advanceCents()).isEqualTo(17_500);
		assertThat(price.clinicianNetCents()).isEqualTo(19_400);
	}

	@Test
	void example4ClaimstreamPayOnAnExpectedReimbursementOf120() {
		assertThat(Pricing.claimstreamPayAtSession(20_000, 12_000).clientChargeCents()).isEqualTo(9_000);
	}

	@Test
	void example5SelfPayClientPays200ClinicianKeeps194() {
		SessionPrice price = Pricing.atSession(20_000);
		assertThat(price.clientChargeCents()).isEqualTo(20_000);
		assertThat(price.processingFeeCents()).isEqualTo(600);
		assertThat(price.clinicianNetCents()).isEqualTo(19_400);
		assertThat(price.platformFeeCents()).isZero();
		assertThat(price.advanceCents()).isZero();
	}

	@Test
	void feesRoundHalfUpToTheCent() {
		assertThat(Pricing.atSession(50).processingFeeCents()).isEqualTo(2); // 1.5 cents
		assertThat(Pricing.atSession(49).processingFeeCents()).isEqualTo(1); // 1.47 cents
		assertThat(Pricing.claimstreamPayAtSession(10, 0).platformFeeCents()).isEqualTo(1); // 0.5
																							// cent
		assertThat(Pricing.oonPayFee(150, 1)).isEqualTo(1); // 1.5 cents, capped at the
															// reimbursement
		assertThat(Pricing.oonPayFee(20_000, 0)).isZero();
	}

	@Test
	void aSuperbillUploadCostsTwoDollars() {
		assertThat(Pricing.SUPERBILL_FEE_CENTS).isEqualTo(200);
	}

	@Property(tries = 10_000)
	void feePlusNetIsTheGross(@ForAll @LongRange(min = 1, max = MAX) long fee) {
		SessionPrice price = Pricing.atSession(fee);
		assertThat(price.processingFeeCents() + price.clinicianNetCents()).isEqualTo(fee);
		assertThat(price.processingFeeCents()).isEqualTo(halfUp(fee, 3));
		assertThat(price.clinicianNetCents()).isBetween(0L, fee);
	}

	@Property(tries = 10_000)
	void claimstreamPayBalancesWhatTheCardAndTheAdvanceBringWithWhatTheFeeAndPlatformGet(
			@ForAll @LongRange(min = 1, max = MAX) long fee, @ForAll @LongRange(max = MAX) long expected) {
		SessionPrice price = Pricing.claimstreamPayAtSession(fee, expected);
		assertThat(price.clientChargeCents() + price.advanceCents()).isEqualTo(fee + price.platformFeeCents());
		assertThat(price.processingFeeCents() + price.clinicianNetCents()).isEqualTo(fee);
		assertThat(price.platformFeeCents()).isEqualTo(halfUp(fee, 5));
		assertThat(price.advanceCents()).isEqualTo(Math.min(fee, expected));
		assertThat(price.clientChargeCents()).isNotNegative();
	}

	@Property(tries = 10_000)
	void theOonPayFeeIsOnePercentOnlyWithAReimbursement(@ForAll @LongRange(min = 1, max = MAX) long fee,
			@ForAll @LongRange(max = MAX) long reimbursement) {
		long oonFee = Pricing.oonPayFee(fee, reimbursement);
		if (reimbursement == 0) {
			assertThat(oonFee).isZero();
		}
		else {
			assertThat(oonFee).isEqualTo(Math.min(halfUp(fee, 1), reimbursement));
		}
	}

	@Property(tries = 1_000)
	void theLargestAmountsDoNotOverflow(
			@ForAll @LongRange(min = Long.MAX_VALUE / 20_000, max = Long.MAX_VALUE / 10_000) long fee) {
		assertThat(Pricing.atSession(fee).processingFeeCents()).isEqualTo(halfUp(fee, 3));
	}

	private static long halfUp(long cents, int percent) {
		return BigDecimal.valueOf(cents)
			.multiply(BigDecimal.valueOf(percent))
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
			.longValueExact();
	}

}
