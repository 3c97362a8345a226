package com.claimstream.stream;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import com.claimstream.security.SessionService;

/**
 * Ends the sockets of ended sessions: every {@code sessionSweep} (a
 * {@code PeriodicTask}), one query for all open sockets of this instance asks which of
 * their sessions are still live; the others are closed with 1008. Sign-out or timeout
 * elsewhere thus closes them on every instance, and nothing here ever counts as the
 * user's activity.
 */
@Component
class SessionSweep {

	private final EventHub hub;

	private final SessionService sessions;

	SessionSweep(EventHub hub, SessionService sessions) {
		this.hub = hub;
		this.sessions = sessions;
	}

	Mono<Void> sweep() {
		List<StreamSubscriber> open = List.copyOf(this.hub.subscribers());
		Set<UUID> sessionIds = open.stream()
			.map((subscriber) -> subscriber.principal().sessionId())
			.collect(Collectors.toSet());
		return this.sessions.liveAmong(sessionIds)
			.doOnNext((live) -> open.stream()
				.filter((subscriber) -> !live.contains(subscriber.principal().sessionId()))
				.forEach((subscriber) -> subscriber.end(StreamSubscriber.Ending.SESSION_ENDED)))
			.then();
	}

}
