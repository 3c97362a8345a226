package com.claimstream.stream;

import java.time.Instant;
import java.util.List;

/**
 * A committed event, encoded once into its wire frame, with what fan-out needs to decide
 * who may see it: the {@link Visibility} keys of its audience. {@link #HEARTBEAT} travels
 * the same buffers as events, so one shared timer keeps every socket alive.
 */
record StreamEvent(Cursor cursor, List<Visibility.Key> audience, Instant occurredAt, byte[] frame) {

	static final StreamEvent HEARTBEAT = new StreamEvent(Cursor.START, List.of(), Instant.EPOCH,
			StreamFrames.HEARTBEAT);

	boolean isHeartbeat() {
		return this == HEARTBEAT;
	}

}
