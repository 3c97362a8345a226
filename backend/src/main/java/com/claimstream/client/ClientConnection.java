package com.claimstream.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A practice a client account is connected to, as the client portal shows it:
 * {@code actingFor} is the client's first name when the account is a contact (guardian)
 * acting for them; {@code dateOfBirth} is the client's as the practice recorded it (the
 * portal's insurance form starts from it).
 */
public record ClientConnection(UUID clientId, String practiceName, @Nullable String clinicianName, String status,
		@Nullable Instant connectedAt, @Nullable String actingFor, @Nullable LocalDate dateOfBirth) {

}
