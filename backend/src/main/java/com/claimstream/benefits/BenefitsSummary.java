package com.claimstream.benefits;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What both portals show of a client's benefits for one service: where the benefits stand
 * ({@code state}), the latest check, and every figure labelled as an estimate with its
 * source (benefit check, manual verification or an adjudicated claim).
 *
 * @param state {@code no_insurance}, {@code no_check}, {@code running},
 * {@code needs_manual_verification}, {@code manual_requested}, {@code unverifiable},
 * {@code coverage_inactive}, {@code no_oon_benefits} or {@code estimated}
 */
public record BenefitsSummary(UUID clientId, String cpt, String state, @Nullable BenefitCheckView check,
		@Nullable DeductibleProgress deductible, @Nullable EstimatedPercent coinsurance, @Nullable Figure allowedAmount,
		@Nullable SessionFee sessionFee, @Nullable Estimate estimate) {

	/** An amount in cents, always an estimate, and where it comes from. */
	public record Figure(long cents, String source, boolean estimate) {

		static Figure of(long cents, String source) {
			return new Figure(cents, source, true);
		}

	}

	/** A percentage, always an estimate, and where it comes from. */
	public record EstimatedPercent(BigDecimal percent, String source, boolean estimate) {

		static EstimatedPercent of(BigDecimal percent, String source) {
			return new EstimatedPercent(percent, source, true);
		}

	}

	public record DeductibleProgress(Figure total, Figure met, Figure remaining) {
	}

	/**
	 * The session fee the estimate is for: as asked ({@code requested}), or the allowed
	 * amount ({@code allowed_amount}) until charging profiles set the fee.
	 */
	public record SessionFee(long cents, String source) {
	}

	/** One session's estimate (PRODUCT §10). */
	public record Estimate(Figure deductibleApplied, Figure reimbursement, Figure oonPayFee, Figure clientReceives,
			Figure oonPayClientCost, Figure claimstreamPayCharge) {
	}

}
