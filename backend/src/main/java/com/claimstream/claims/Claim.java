package com.claimstream.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.claimstream.client.PaymentType;

/**
 * A claim as stored: what the charge opened it with, where it is, and what the payer
 * answered. Amounts in cents.
 */
record Claim(UUID id, String claimNumber, UUID practiceId, UUID clientId, UUID chargeId, UUID renderingClinicianId,
		PaymentType paymentType, LocalDate dateOfService, String cpt, List<String> modifiers, String placeOfService,
		int units, long chargeCents, @Nullable ClaimEstimate estimate, ClaimStatus status, List<String> missingFields,
		@Nullable UUID policyId, @Nullable String payerName, @Nullable String payerClaimNumber,
		@Nullable String rejectionCode, @Nullable String rejectionReason, @Nullable Remittance remittance,
		@Nullable Instant submittedAt, @Nullable Instant decidedAt, Instant createdAt) {

	/**
	 * What the 835 said about the claim.
	 *
	 * @param denied CLP02 4: the payer denied the claim
	 * @param denialCodes the CARC codes of a denial
	 * @param remarkCodes the RARC codes given
	 */
	record Remittance(boolean denied, long allowedCents, long paidCents, long deductibleCents, long coinsuranceCents,
			long patientResponsibilityCents, List<String> denialCodes, List<String> remarkCodes) {

	}

}
