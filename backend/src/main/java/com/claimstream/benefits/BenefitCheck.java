package com.claimstream.benefits;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A benefit check row: the policy it was run for, its state, the numbers (answered or
 * entered), and why it has none when it failed or is incomplete.
 */
record BenefitCheck(UUID id, UUID practiceId, UUID clientId, UUID policyId, String payerId, String payerName,
		BenefitCheckStatus status, BenefitNumbers numbers, List<String> missingFields, @Nullable String rejectionCode,
		@Nullable String rejectionReason, @Nullable String carvedOutTo, @Nullable String unverifiableReason,
		Instant createdAt, @Nullable Instant completedAt, @Nullable Instant manualRequestedAt,
		@Nullable Instant verifiedAt) {

	static BenefitCheck running(UUID practiceId, UUID clientId, PolicyOnFile policy, Instant now) {
		return new BenefitCheck(UUID.randomUUID(), practiceId, clientId, policy.policyId(), policy.payerId(),
				policy.payerName(), BenefitCheckStatus.RUNNING, BenefitNumbers.UNKNOWN, List.of(), null, null, null,
				null, now, null, null, null);
	}

	/** The check as the payer's answer ends it. */
	BenefitCheck finished(CheckOutcome outcome, Instant now) {
		EligibilityResponse.Rejection rejection = outcome.rejection();
		return new BenefitCheck(this.id, this.practiceId, this.clientId, this.policyId, this.payerId, this.payerName,
				this.status.moveTo(outcome.status()), outcome.numbers(), outcome.missingFields(),
				(rejection != null) ? rejection.code() : null, (rejection != null) ? rejection.reason() : null,
				outcome.carvedOutTo(), null, this.createdAt, now, null, null);
	}

	BenefitCheck manualRequested(Instant now) {
		return new BenefitCheck(this.id, this.practiceId, this.clientId, this.policyId, this.payerId, this.payerName,
				this.status.moveTo(BenefitCheckStatus.MANUAL_REQUESTED), this.numbers, this.missingFields,
				this.rejectionCode, this.rejectionReason, this.carvedOutTo, null, this.createdAt, this.completedAt, now,
				null);
	}

	/**
	 * Verified with the numbers an administrator entered: nothing is missing any more.
	 */
	BenefitCheck verified(BenefitNumbers entered, Instant now) {
		return new BenefitCheck(this.id, this.practiceId, this.clientId, this.policyId, this.payerId, this.payerName,
				this.status.moveTo(BenefitCheckStatus.VERIFIED), entered, List.of(), this.rejectionCode,
				this.rejectionReason, this.carvedOutTo, null, this.createdAt, this.completedAt, this.manualRequestedAt,
				now);
	}

	BenefitCheck unverifiable(String reason, Instant now) {
		return new BenefitCheck(this.id, this.practiceId, this.clientId, this.policyId, this.payerId, this.payerName,
				this.status.moveTo(BenefitCheckStatus.UNVERIFIABLE), this.numbers, this.missingFields,
				this.rejectionCode, this.rejectionReason, this.carvedOutTo, reason, this.createdAt, this.completedAt,
				this.manualRequestedAt, now);
	}

	/**
	 * Where its numbers come from: the payer's answer or an administrator's verification.
	 */
	String source() {
		return (this.status == BenefitCheckStatus.VERIFIED) ? EstimateSource.MANUAL_VERIFICATION
				: EstimateSource.BENEFIT_CHECK;
	}

}
