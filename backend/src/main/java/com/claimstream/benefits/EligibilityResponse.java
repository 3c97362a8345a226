package com.claimstream.benefits;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A 271 benefit response as benefit checks read it. A rejection (AAA segments) means the
 * payer could not or would not answer: the other fields are then unknown, never "no".
 * Out-of-network figures are the individual ones; amounts in cents.
 *
 * @param activeCoverage EB01 1 (active) or 6 (inactive); null when not answered
 * @param carvedOutTo the payer that manages behavioural health instead (EB01 U with its
 * NM1*PR), when the plan carves it out
 */
public record EligibilityResponse(@Nullable Boolean activeCoverage, OonBenefits oonBenefits,
		@Nullable Long deductibleTotalCents, @Nullable Long deductibleMetCents,
		@Nullable Integer coinsuranceBasisPoints, @Nullable Long oopMaxTotalCents, @Nullable Long oopMaxMetCents,
		Map<String, Long> allowedCentsByCpt, List<Rejection> rejections, @Nullable String carvedOutTo) {

	public static EligibilityResponse rejected(Rejection rejection) {
		return new EligibilityResponse(null, OonBenefits.UNKNOWN, null, null, null, null, null, Map.of(),
				List.of(rejection), null);
	}

	/** An AAA segment: the reject reason (AAA03) and the follow-up action (AAA04). */
	public record Rejection(String code, String reason, String followUp) {

		/** AAA03 42: unable to respond at current time (the payer timed out). */
		public static Rejection payerTimeout() {
			return new Rejection("42", "Unable to respond at current time", "R");
		}

	}

	/** Out-of-network benefits for the service type: yes, no, or not answered. */
	public enum OonBenefits {

		YES, NO, UNKNOWN;

		public String wire() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
