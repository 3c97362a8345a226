package com.claimstream.stream;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import com.claimstream.security.CurrentPrincipal;

/**
 * One open socket as fan-out sees it: its principal, a bounded buffer of live events (the
 * reader is its only producer), and how it ended, if it has.
 */
final class StreamSubscriber {

	/** Why the server ends a socket. */
	enum Ending {

		/** The buffer overflowed: the client is told to {@code reset}. */
		FELL_BEHIND,

		/** The session was signed out or timed out. */
		SESSION_ENDED,

		/** This instance is shutting down. */
		SHUTDOWN

	}

	private final CurrentPrincipal principal;

	private final Sinks.Many<StreamEvent> live;

	private final AtomicReference<Ending> ending = new AtomicReference<>();

	private final Sinks.One<Ending> ended = Sinks.one();

	StreamSubscriber(CurrentPrincipal principal, int bufferSize) {
		this.principal = principal;
		this.live = Sinks.many().unicast().onBackpressureBuffer(new ArrayBlockingQueue<>(bufferSize));
	}

	CurrentPrincipal principal() {
		return this.principal;
	}

	/** Offers a live event; called by fan-out only, one event at a time. */
	void offer(StreamEvent event) {
		Sinks.EmitResult result = this.live.tryEmitNext(event);
		// a full buffer answers ZERO_SUBSCRIBER while nobody drains it yet (during
		// replay)
		if (result == Sinks.EmitResult.FAIL_OVERFLOW || result == Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER) {
			end(Ending.FELL_BEHIND);
		}
	}

	/** The live events in order; buffered until subscribed. Subscribe once. */
	Flux<StreamEvent> live() {
		return this.live.asFlux();
	}

	/** Emits once, when the server ends the socket. */
	Mono<Ending> ended() {
		return this.ended.asMono();
	}

	/** Why the server ended it; {@code null} while it runs. */
	@Nullable Ending ending() {
		return this.ending.get();
	}

	void end(Ending reason) {
		if (this.ending.compareAndSet(null, reason)) {
			this.ended.tryEmitValue(reason);
		}
	}

}
