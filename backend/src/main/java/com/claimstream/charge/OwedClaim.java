package com.claimstream.charge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.claimstream.client.PaymentType;
import com.claimstream.coding.ServiceLine;

/**
 * The claim a succeeded insured charge owes (PRODUCT §11): everything of the charge a
 * claim is built from. Exactly one per charge: {@code chargeId} is the claim's
 * idempotency key. {@code advanceCents} is what Claimstream advanced on a Claimstream Pay
 * charge (the expected reimbursement), 0 for OON Pay.
 */
public record OwedClaim(UUID chargeId, UUID practiceId, UUID clientId, UUID clinicianId, PaymentType paymentType,
		LocalDate dateOfService, List<ServiceLine> lines, String placeOfService, List<String> diagnoses, long feeCents,
		long advanceCents) {

}
