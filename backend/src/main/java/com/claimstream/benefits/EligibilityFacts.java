package com.claimstream.benefits;

import org.jspecify.annotations.Nullable;

/**
 * What payment-type eligibility is decided from, gathered for one client.
 *
 * @param insuranceOnFile whether the client has a primary policy
 * @param check the latest benefit check for that policy, if any
 * @param hasDiagnosis whether the client has a diagnosis
 * @param approvedPaidClaim whether a claim for that policy was approved with a
 * reimbursement above zero
 * @param payerSupportsClaimstreamPay whether the policy's payer supports Claimstream Pay
 * @param byClient whether the client asks (in the portal) rather than the practice
 */
record EligibilityFacts(boolean insuranceOnFile, @Nullable CheckFacts check, boolean hasDiagnosis,
		boolean approvedPaidClaim, boolean payerSupportsClaimstreamPay, boolean byClient) {

	/** A check's state and the numbers eligibility reads. */
	record CheckFacts(BenefitCheckStatus status, @Nullable Boolean activeCoverage,
			EligibilityResponse.OonBenefits oonBenefits, @Nullable Long deductibleRemainingCents) {

		static CheckFacts of(BenefitCheck check) {
			return new CheckFacts(check.status(), check.numbers().activeCoverage(), check.numbers().oonBenefits(),
					check.numbers().deductibleRemainingCents());
		}

	}

}
