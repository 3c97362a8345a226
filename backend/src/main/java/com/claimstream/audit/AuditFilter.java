package com.claimstream.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What an administrator looks for in the log; every part is optional. */
record AuditFilter(@Nullable UUID clientId, @Nullable UUID actorId, @Nullable AuditAction action,
		@Nullable Instant from, @Nullable Instant to) {

}
