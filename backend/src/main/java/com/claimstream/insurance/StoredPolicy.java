package com.claimstream.insurance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A row of {@code insurance_policy}. */
record StoredPolicy(UUID id, UUID practiceId, UUID clientId, @Nullable String payerId, String payerName,
		boolean needsReview, String memberId, @Nullable String groupNumber, String relationship,
		@Nullable Subscriber subscriber, LocalDate clientDateOfBirth, Instant updatedAt) {

}
