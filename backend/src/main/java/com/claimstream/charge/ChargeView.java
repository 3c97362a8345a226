package com.claimstream.charge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.claimstream.coding.ServiceLine;

/**
 * A charge on the wire. {@code amountCents} is the session fee, {@code clientChargeCents}
 * what the card is charged; {@code claim} is {@code opened} once a succeeded insured
 * charge's claim is opened (its progress is the claim's own, under the client's claims).
 */
record ChargeView(UUID id, UUID clientId, UUID clinicianId, Card paymentMethod, String paymentType, String chargeType,
		LocalDate dateOfService, List<ServiceLine> lines, String placeOfService, @Nullable Integer durationMinutes,
		List<String> diagnoses, long amountCents, long clientChargeCents, @Nullable Long processingFeeCents,
		@Nullable Long clinicianNetCents, String status, @Nullable String declineReason,
		@Nullable String declineMessage, @Nullable String claim, Instant createdAt) {

	static final String CLAIM_OPENED = "opened";

	record Card(UUID id, String brand, String last4) {
	}

}
