package com.claimstream.notification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A text message as the dev mailbox lists it.
 */
record SmsboxEntry(UUID id, String to, @Nullable String body, Instant createdAt, String status,
		@Nullable String error) {

}
