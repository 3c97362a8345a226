package com.claimstream.client;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A row of the client list. Payment method and type arrive with the payments feature.
 */
public record ClientSummary(UUID id, String firstName, String lastName, @Nullable String preferredName, String email,
		String status, @Nullable ClinicianRef clinician, @Nullable Object paymentMethod, String paymentType,
		Instant lastActivityAt) {

}
