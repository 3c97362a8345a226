package com.claimstream.stream;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.claimstream.security.SessionService;

/**
 * Ends the sockets of ended sessions: every {@code sessionSweep}, one query for all open
 * sockets of this instance asks which of their sessions are still live; the others are
 * closed with 1008. Sign-out or timeout elsewhere thus closes them on every instance, and
 * nothing here ever counts as the user's activity.
 */
@Component
class SessionSweep implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(SessionSweep.class);

	private final EventHub hub;

	private final SessionService sessions;

	private final StreamSettings settings;

	private volatile @Nullable Disposable sweeping;

	SessionSweep(EventHub hub, SessionService sessions, StreamSettings settings) {
		this.hub = hub;
		this.sessions = sessions;
		this.settings = settings;
	}

	@Override
	public void start() {
		this.sweeping = Flux.interval(this.settings.sessionSweep())
			.onBackpressureDrop()
			.concatMap((tick) -> sweep().onErrorResume((ex) -> {
				logger.warn("Session sweep failed; retrying at the next tick: " + ex.getMessage());
				return Mono.empty();
			}), 1)
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable running = this.sweeping;
		if (running != null) {
			running.dispose();
			this.sweeping = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.sweeping != null;
	}

	Mono<Void> sweep() {
		List<StreamSubscriber> open = List.copyOf(this.hub.subscribers());
		Set<UUID> sessionIds = open.stream()
			.map((subscriber) -> subscriber.principal().sessionId())
			.collect(Collectors.toSet());
		return this.sessions.liveAmong(sessionIds).doOnNext((live) -> open.stream()
			.filter((subscriber) -> !live.contains(subscriber.principal().sessionId()))
			.forEach((subscriber) -> subscriber.end(StreamSubscriber.Ending.SESSION_ENDED))).then();
	}

}
