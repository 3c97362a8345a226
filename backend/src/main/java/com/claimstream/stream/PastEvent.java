package com.claimstream.stream;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An event as a history screen reads it.
 */
public record PastEvent(UUID id, String kind, Instant occurredAt, String subjectType, UUID subjectId,
		Map<String, Object> data) {

}
