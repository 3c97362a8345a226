package com.claimstream.notification;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The SMS sandbox, documented like a provider's test mode: it sends nothing, every
 * message stays in the outbox and shows in the dev mailbox. Magic numbers behave like a
 * real provider's failures:
 * <ul>
 * <li>{@value #UNDELIVERABLE}: undeliverable (not a mobile number); failed at once, no
 * retry</li>
 * <li>{@value #UNAVAILABLE}: the carrier is unavailable; every attempt fails and is
 * retried, until the outbox gives up after a day</li>
 * <li>any other number: delivered, with a provider id {@code SB...}</li>
 * </ul>
 */
@Component
class SandboxSms implements SmsPort {

	static final String UNDELIVERABLE = "+15005550001";

	static final String UNAVAILABLE = "+15005550002";

	@Override
	public Mono<String> send(String to, String body) {
		return switch (to) {
			case UNDELIVERABLE -> Mono.error(new Undeliverable("Sandbox: " + to + " is not a mobile number"));
			case UNAVAILABLE ->
				Mono.error(new IllegalStateException("Sandbox: the carrier of " + to + " is unavailable"));
			default -> Mono.just("SB" + UUID.randomUUID().toString().replace("-", ""));
		};
	}

	@Override
	public boolean keepsBodies() {
		return true;
	}

}
