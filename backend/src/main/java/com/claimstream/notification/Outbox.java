package com.claimstream.notification;

import java.time.Duration;
import java.time.Instant;

/**
 * The retry rules shared by the mail and text message outboxes: a claimed message is
 * leased for {@link #LEASE} (another instance takes it over only if this one dies), a
 * failed attempt waits twice as long as the previous one up to a minute, and a message is
 * given up after a day.
 * <p>
 * Delivery is at least once: a crash between the provider accepting a message and the
 * outbox marking it sent delivers it again when the lease ends. Losing a notice is worse
 * than a duplicate, and receivers can tell duplicates apart (mail carries a Message-ID
 * derived from the outbox id). Provider calls time out well within the lease, so a slow
 * provider never lets two instances send the same message.
 */
final class Outbox {

	static final Duration LEASE = Duration.ofMinutes(2);

	static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

	static final Duration GIVE_UP_AFTER = Duration.ofDays(1);

	static final int BATCH = 20;

	private Outbox() {
	}

	static Instant retryAt(Instant now, int attempts) {
		return now.plus(Duration.ofSeconds(Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(attempts, 10))));
	}

	static boolean givesUp(Instant now, Instant createdAt) {
		return now.isAfter(createdAt.plus(GIVE_UP_AFTER));
	}

}
