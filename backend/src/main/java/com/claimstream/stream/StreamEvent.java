package com.claimstream.stream;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A committed event, encoded once into its wire frame, with what fan-out needs to decide
 * who may see it: the members of {@code practiceId}, and the client
 * {@code clientAccountId}.
 */
record StreamEvent(Cursor cursor, UUID practiceId, @Nullable UUID clientAccountId, Instant occurredAt, byte[] frame) {

}
