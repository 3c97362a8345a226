package com.claimstream.client;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A row of the client list: {@code paymentMethod} is the default card, if any;
 * {@code pinned} is the reading member's own pin.
 */
public record ClientSummary(UUID id, String firstName, String lastName, @Nullable String preferredName, String email,
		String status, @Nullable ClinicianRef clinician, @Nullable PaymentMethodSummary paymentMethod,
		String paymentType, Instant lastActivityAt, boolean pinned) {

}
