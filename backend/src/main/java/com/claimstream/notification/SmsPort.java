package com.claimstream.notification;

import reactor.core.publisher.Mono;

/**
 * A text message provider. {@link #send} answers the provider's message id, fails with
 * {@link Undeliverable} when the provider will never deliver to that number (no retry),
 * and with anything else for a failure worth retrying.
 */
interface SmsPort {

	Mono<String> send(String to, String body);

	/** Whether message bodies stay readable after sending (a sandbox shows them). */
	boolean keepsBodies();

	final class Undeliverable extends RuntimeException {

		Undeliverable(String message) {
			super(message);
		}

	}

}
