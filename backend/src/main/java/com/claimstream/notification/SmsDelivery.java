package com.claimstream.notification;

import java.time.Clock;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Delivers queued text messages through the {@link SmsPort}, with the retry rules of
 * {@link Outbox}; an undeliverable number fails at once.
 */
@Component
class SmsDelivery {

	private static final Log logger = LogFactory.getLog(SmsDelivery.class);

	private final SmsRepository messages;

	private final SmsPort port;

	private final Clock clock;

	SmsDelivery(SmsRepository messages, SmsPort port, Clock clock) {
		this.messages = messages;
		this.port = port;
		this.clock = clock;
	}

	Mono<Void> deliverDue() {
		return this.messages.claimDue(this.clock.instant(), Outbox.LEASE, Outbox.BATCH).concatMap(this::deliver).then();
	}

	/**
	 * The newest messages, for the dev mailbox page; empty unless the provider keeps
	 * them.
	 */
	Flux<SmsboxEntry> sandbox() {
		return this.port.keepsBodies() ? this.messages.newest(100) : Flux.empty();
	}

	private Mono<Void> deliver(SmsRepository.QueuedSms queued) {
		return this.port.send(queued.to(), queued.body())
			.flatMap((providerId) -> this.messages.markSent(queued.id(), providerId, this.clock.instant(),
					this.port.keepsBodies()))
			.onErrorResume((ex) -> failed(queued, ex));
	}

	private Mono<Void> failed(SmsRepository.QueuedSms queued, Throwable ex) {
		Instant now = this.clock.instant();
		boolean retry = !(ex instanceof SmsPort.Undeliverable) && !Outbox.givesUp(now, queued.createdAt());
		logger.warn("Text message " + queued.id() + " not delivered (attempt " + queued.attempts() + "): "
				+ ex.getMessage());
		return this.messages.markFailedAttempt(queued.id(), retry ? Outbox.retryAt(now, queued.attempts()) : null,
				String.valueOf(ex.getMessage()));
	}

}
