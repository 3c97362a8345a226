package com.claimstream.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One row of the log as the review shows it (ids, route patterns and filter names only).
 */
record AuditRecord(long id, Instant occurredAt, String event, @Nullable AuditAction action, @Nullable String resource,
		@Nullable UUID actorId, @Nullable String actorRole, List<UUID> clientIds, @Nullable String queryFilters,
		String outcome, int status, @Nullable String method, @Nullable String route, @Nullable String ip,
		@Nullable String userAgent, @Nullable String requestId) {

}
