package com.claimstream.benefits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.claimstream.benefits.EligibilityResponse.OonBenefits;
import com.claimstream.common.FieldError;
import com.claimstream.common.Percent;

/**
 * The numbers an administrator read from the payer (by phone or portal) to verify a check
 * by hand. With OON benefits, the deductible, the coinsurance and at least one allowed
 * amount are needed; amounts in cents.
 */
record VerificationRequest(
		@NotNull(message = "Choose yes or no") @Pattern(regexp = "yes|no",
				message = "Choose yes or no") String oonBenefits,
		@Nullable @PositiveOrZero(message = "Enter an amount of zero or more") @Max(value = MAX_CENTS,
				message = "Enter at most $10,000,000") Long deductibleTotalCents,
		@Nullable @PositiveOrZero(message = "Enter an amount of zero or more") @Max(value = MAX_CENTS,
				message = "Enter at most $10,000,000") Long deductibleMetCents,
		@Nullable @DecimalMin(value = "0", message = "Enter a percentage from 0 to 100") @DecimalMax(value = "100",
				message = "Enter a percentage from 0 to 100") @Digits(integer = 3, fraction = 2,
						message = "Use at most two decimals") BigDecimal coinsurancePercent,
		@Nullable @PositiveOrZero(message = "Enter an amount of zero or more") @Max(value = MAX_CENTS,
				message = "Enter at most $10,000,000") Long oopMaxTotalCents,
		@Nullable @PositiveOrZero(message = "Enter an amount of zero or more") @Max(value = MAX_CENTS,
				message = "Enter at most $10,000,000") Long oopMaxMetCents,
		@Nullable @Size(max = 20,
				message = "Enter at most 20 allowed amounts") List<@Valid AllowedEntry> allowedAmounts) {

	static final long MAX_CENTS = 1_000_000_000L;

	/** An allowed amount for one procedure. */
	record AllowedEntry(
			@NotNull(message = "Enter the CPT code") @Pattern(regexp = "\\d{4}[0-9A-Z]",
					message = "Enter a five-character CPT code") String cpt,
			@NotNull(message = "Enter the allowed amount") @PositiveOrZero(
					message = "Enter an amount of zero or more") @Max(value = MAX_CENTS,
							message = "Enter at most $10,000,000") Long allowedCents) {
	}

	/**
	 * What the field rules cannot say: the figures OON benefits need, and met ≤ total.
	 */
	List<FieldError> problems() {
		List<FieldError> errors = new ArrayList<>();
		if ("yes".equals(this.oonBenefits)) {
			required(errors, "deductibleTotalCents", this.deductibleTotalCents);
			required(errors, "deductibleMetCents", this.deductibleMetCents);
			required(errors, "coinsurancePercent", this.coinsurancePercent);
			if (this.allowedAmounts == null || this.allowedAmounts.isEmpty()) {
				errors.add(new FieldError("allowedAmounts", "Enter the allowed amount of at least one service"));
			}
		}
		if (this.deductibleTotalCents != null && this.deductibleMetCents != null
				&& this.deductibleMetCents > this.deductibleTotalCents) {
			errors.add(new FieldError("deductibleMetCents", "The amount met cannot be more than the deductible"));
		}
		if (this.oopMaxTotalCents != null && this.oopMaxMetCents != null
				&& this.oopMaxMetCents > this.oopMaxTotalCents) {
			errors.add(new FieldError("oopMaxMetCents", "The amount met cannot be more than the maximum"));
		}
		if (this.allowedAmounts != null
				&& this.allowedAmounts.stream().map(AllowedEntry::cpt).distinct().count() < this.allowedAmounts
					.size()) {
			errors.add(new FieldError("allowedAmounts", "Enter each CPT code once"));
		}
		return errors;
	}

	BenefitNumbers numbers() {
		Map<String, Long> allowed = new LinkedHashMap<>();
		if (this.allowedAmounts != null) {
			this.allowedAmounts.forEach((entry) -> allowed.put(entry.cpt(), entry.allowedCents()));
		}
		return new BenefitNumbers(true, "yes".equals(this.oonBenefits) ? OonBenefits.YES : OonBenefits.NO,
				this.deductibleTotalCents, this.deductibleMetCents,
				(this.coinsurancePercent != null) ? Percent.percent(this.coinsurancePercent).basisPoints() : null,
				this.oopMaxTotalCents, this.oopMaxMetCents, Map.copyOf(allowed));
	}

	private static void required(List<FieldError> errors, String field, @Nullable Object value) {
		if (value == null) {
			errors.add(new FieldError(field, "Enter this figure: the plan has out-of-network benefits"));
		}
	}

}
