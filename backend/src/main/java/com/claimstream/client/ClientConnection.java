package com.claimstream.client;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A practice a client account is connected to, as the client portal shows it.
 */
public record ClientConnection(UUID clientId, String practiceName, @Nullable String clinicianName, String status,
		@Nullable Instant connectedAt) {

}
