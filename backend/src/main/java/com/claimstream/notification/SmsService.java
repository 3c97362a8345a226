package com.claimstream.notification;

import java.time.Clock;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Queues text messages inside the caller's transaction, like {@link MailService}.
 * Package-private: client notifications reach it through {@link Notifications}, which
 * checks consent and preferences.
 */
@Service
class SmsService {

	/** Long enough for a notice, short enough for two segments at most. */
	static final int MAX_LENGTH = 300;

	private final SmsRepository messages;

	private final Clock clock;

	SmsService(SmsRepository messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	Mono<Void> queue(String to, String body) {
		String text = (body.length() <= MAX_LENGTH) ? body : body.substring(0, MAX_LENGTH - 1) + "…";
		return this.messages.insert(UUID.randomUUID(), to, text, this.clock.instant());
	}

}
