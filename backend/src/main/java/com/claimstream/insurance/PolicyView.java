package com.claimstream.insurance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A client's primary policy. {@code payerId} is null for an insurer outside the catalog,
 * then {@code needsReview} is true.
 *
 * @param sandboxPayerId the catalog payer's X12 payer id, null for an unknown insurer
 * @param subscriber null when the client is the subscriber
 */
public record PolicyView(UUID id, UUID practiceId, UUID clientId, @Nullable String payerId, String payerName,
		boolean needsReview, @Nullable String sandboxPayerId, boolean supportsClaimstreamPay, String memberId,
		@Nullable String groupNumber, String relationship, @Nullable Subscriber subscriber, LocalDate clientDateOfBirth,
		@Nullable CardView cardFront, @Nullable CardView cardBack, Instant updatedAt) {

}
