package com.claimstream.benefits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.claimstream.benefits.EligibilityResponse.OonBenefits;
import com.claimstream.common.Percent;

/**
 * A plan's out-of-network numbers, as a payer answered them or an administrator entered
 * them: any may be unknown. Amounts in cents, individual out-of-network figures.
 */
record BenefitNumbers(@Nullable Boolean activeCoverage, OonBenefits oonBenefits, @Nullable Long deductibleTotalCents,
		@Nullable Long deductibleMetCents, @Nullable Integer coinsuranceBasisPoints, @Nullable Long oopMaxTotalCents,
		@Nullable Long oopMaxMetCents, Map<String, Long> allowedCentsByCpt) {

	static final BenefitNumbers UNKNOWN = new BenefitNumbers(null, OonBenefits.UNKNOWN, null, null, null, null, null,
			Map.of());

	static BenefitNumbers of(EligibilityResponse response) {
		return new BenefitNumbers(response.activeCoverage(), response.oonBenefits(), response.deductibleTotalCents(),
				response.deductibleMetCents(), response.coinsuranceBasisPoints(), response.oopMaxTotalCents(),
				response.oopMaxMetCents(), response.allowedCentsByCpt());
	}

	/** What the deductible still needs; unknown when its total or met amount is. */
	@Nullable Long deductibleRemainingCents() {
		if (this.deductibleTotalCents == null || this.deductibleMetCents == null) {
			return null;
		}
		return Math.max(0, this.deductibleTotalCents - this.deductibleMetCents);
	}

	@Nullable Percent coinsurance() {
		return (this.coinsuranceBasisPoints != null) ? new Percent(this.coinsuranceBasisPoints) : null;
	}

	/**
	 * What an estimate for out-of-network care still lacks: the deductible, the
	 * coinsurance and the allowed amount of each procedure asked. Nothing when the plan
	 * has no active coverage or no OON benefits (a complete answer too).
	 */
	List<String> missing(List<String> cpts) {
		List<String> missing = new ArrayList<>();
		if (this.activeCoverage == null) {
			missing.add("activeCoverage");
			return missing;
		}
		if (!this.activeCoverage || this.oonBenefits == OonBenefits.NO) {
			return missing;
		}
		if (this.oonBenefits == OonBenefits.UNKNOWN) {
			missing.add("oonBenefits");
		}
		if (this.deductibleTotalCents == null) {
			missing.add("deductibleTotal");
		}
		if (this.deductibleMetCents == null) {
			missing.add("deductibleMet");
		}
		if (this.coinsuranceBasisPoints == null) {
			missing.add("coinsurance");
		}
		cpts.stream()
			.filter((cpt) -> !this.allowedCentsByCpt.containsKey(cpt))
			.forEach((cpt) -> missing.add("allowedAmount." + cpt));
		return missing;
	}

}
