package com.claimstream.stream;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;

import com.claimstream.security.CurrentPrincipal;

/**
 * What the server sends on one socket after the client's resume: a {@code reset} for a
 * cursor it cannot resume from; otherwise replay then live events with no gap and no
 * duplicate at the seam (subscribe to fan-out first, replay, then drop live events not
 * after the last one sent), heartbeats in between, and a close that says why it ended.
 */
@Component
class StreamOutbound {

	private final EventHub hub;

	private final Replay replay;

	private final StreamSettings settings;

	StreamOutbound(EventHub hub, Replay replay, StreamSettings settings) {
		this.hub = hub;
		this.replay = replay;
		this.settings = settings;
	}

	Mono<Void> send(WebSocketSession session, CurrentPrincipal principal, @Nullable String after, Executor delivery) {
		return Mono.defer(() -> {
			StreamSubscriber subscriber = this.hub.subscribe(principal, this.settings.bufferSize(), delivery);
			Mono<Void> sent = (after == null) ? stream(session, subscriber, Flux.empty(), Cursor.START) : this.replay
				.resumable(after)
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.flatMap((cursor) -> cursor.isEmpty() ? reset(session)
						: stream(session, subscriber, this.replay.after(principal, cursor.get()), cursor.get()));
			return sent.doFinally((signal) -> this.hub.unsubscribe(subscriber));
		});
	}

	private Mono<Void> stream(WebSocketSession session, StreamSubscriber subscriber, Flux<StreamEvent> missed,
			Cursor resumedFrom) {
		return session.send(frames(subscriber, missed, resumedFrom).map((frame) -> text(session, frame)))
			.then(Mono.defer(() -> session.close(closeStatus(subscriber.ending()))));
	}

	/**
	 * The frames of one socket: {@code missed} events, then the subscriber's live events
	 * after the last one sent and its heartbeats; until the server ends the subscriber,
	 * with a final {@code reset} if it fell behind.
	 */
	static Flux<byte[]> frames(StreamSubscriber subscriber, Flux<StreamEvent> missed, Cursor resumedFrom) {
		AtomicReference<Cursor> lastSent = new AtomicReference<>(resumedFrom);
		Flux<byte[]> running = Flux
			.concat(missed,
					subscriber.live().filter((event) -> event.isHeartbeat() || event.cursor().isAfter(lastSent.get())))
			.map((event) -> {
				if (!event.isHeartbeat()) {
					lastSent.set(event.cursor());
				}
				return event.frame();
			})
			.takeUntilOther(subscriber.ended());
		return Flux.defer(() -> (subscriber.ending() == null) ? running : Flux.<byte[]>empty())
			.concatWith(Mono.fromSupplier(() -> subscriber.ending() == StreamSubscriber.Ending.FELL_BEHIND)
				.filter(Boolean::booleanValue)
				.map((fellBehind) -> StreamFrames.RESET));
	}

	private static Mono<Void> reset(WebSocketSession session) {
		return session.send(Mono.just(text(session, StreamFrames.RESET)))
			.then(Mono.defer(() -> session.close(CloseStatus.NORMAL)));
	}

	private static WebSocketMessage text(WebSocketSession session, byte[] frame) {
		return new WebSocketMessage(WebSocketMessage.Type.TEXT, session.bufferFactory().wrap(frame));
	}

	private static CloseStatus closeStatus(StreamSubscriber.@Nullable Ending ending) {
		if (ending == StreamSubscriber.Ending.SESSION_ENDED) {
			return CloseStatus.POLICY_VIOLATION.withReason("Session ended");
		}
		return (ending == StreamSubscriber.Ending.SHUTDOWN) ? CloseStatus.GOING_AWAY : CloseStatus.NORMAL;
	}

}
