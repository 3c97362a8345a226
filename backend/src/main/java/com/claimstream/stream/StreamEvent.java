package com.claimstream.stream;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A committed event, encoded once into its wire frame, with what fan-out needs to decide
 * who may see it: the members of {@code practiceId}, and the client
 * {@code clientAccountId}. {@link #HEARTBEAT} travels the same buffers as events, so one
 * shared timer keeps every socket alive.
 */
record StreamEvent(Cursor cursor, UUID practiceId, @Nullable UUID clientAccountId, Instant occurredAt, byte[] frame) {

	static final StreamEvent HEARTBEAT = new StreamEvent(Cursor.START, new UUID(0, 0), null, Instant.EPOCH,
			StreamFrames.HEARTBEAT);

	boolean isHeartbeat() {
		return this == HEARTBEAT;
	}

}
