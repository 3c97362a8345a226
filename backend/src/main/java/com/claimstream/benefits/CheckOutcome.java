package com.claimstream.benefits;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a 271 answer ends a running check: {@code failed} when the payer rejected the
 * inquiry, {@code incomplete} when a number an estimate needs is missing (or behavioural
 * health is carved out to another payer), {@code complete} otherwise.
 */
record CheckOutcome(BenefitCheckStatus status, BenefitNumbers numbers, List<String> missingFields,
		EligibilityResponse.@Nullable Rejection rejection, @Nullable String carvedOutTo) {

	static CheckOutcome of(EligibilityResponse response, List<String> cpts) {
		if (!response.rejections().isEmpty()) {
			return new CheckOutcome(BenefitCheckStatus.FAILED, BenefitNumbers.UNKNOWN, List.of(),
					response.rejections().get(0), null);
		}
		BenefitNumbers numbers = BenefitNumbers.of(response);
		List<String> missing = numbers.missing(cpts);
		if (response.carvedOutTo() != null && missing.isEmpty()) {
			missing = List.of("oonBenefits");
		}
		BenefitCheckStatus status = missing.isEmpty() ? BenefitCheckStatus.COMPLETE : BenefitCheckStatus.INCOMPLETE;
		return new CheckOutcome(status, numbers, List.copyOf(missing), null, response.carvedOutTo());
	}

}
