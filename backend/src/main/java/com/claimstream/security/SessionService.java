package com.claimstream.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Server-side sessions in PostgreSQL: started at sign-in, checked on every request, ended
 * by sign-out or by the idle and absolute timeouts. Every instance reads the same rows,
 * so an ended session is ended everywhere at once.
 */
@Service
public class SessionService {

	private final SessionRepository sessions;

	private final SessionSettings settings;

	private final Clock clock;

	SessionService(SessionRepository sessions, SessionSettings settings, Clock clock) {
		this.sessions = sessions;
		this.settings = settings;
		this.clock = clock;
	}

	/** Starts a session for an account the caller has just authenticated. */
	public Mono<StartedSession> start(UUID accountId, @Nullable String ip, @Nullable String userAgent) {
		String token = SecretTokens.generate();
		UUID sessionId = UUID.randomUUID();
		Instant now = this.clock.instant();
		return this.sessions.insert(sessionId, SecretTokens.hash(token), accountId, now, ip, userAgent)
			.then(Mono.defer(() -> principal(token)))
			.map((principal) -> new StartedSession(token, principal));
	}

	/**
	 * The principal of a live session, and the request counts as the user's activity when
	 * {@code activity} is set (stream frames and heartbeats never do).
	 */
	public Mono<CurrentPrincipal> authenticate(String token, boolean activity) {
		Mono<CurrentPrincipal> principal = principal(token);
		if (!activity) {
			return principal;
		}
		return principal
			.flatMap((found) -> this.sessions.touch(found.sessionId(), this.clock.instant()).thenReturn(found));
	}

	/**
	 * The principal of this token's session if it has just been found timed out (and is
	 * now ended); empty for an unknown, live or already ended session.
	 */
	public Mono<CurrentPrincipal> endTimedOut(String token) {
		Instant now = this.clock.instant();
		return this.sessions.endTimedOut(SecretTokens.hash(token), now.minus(this.settings.idle()),
				now.minus(this.settings.absolute()), now);
	}

	public Mono<Void> end(UUID sessionId) {
		return this.sessions.end(sessionId, this.clock.instant());
	}

	/**
	 * Ends every session of the account at once, on every instance (password reset and
	 * change).
	 */
	public Mono<Void> endAllFor(UUID accountId) {
		return this.sessions.endAllOf(accountId, this.clock.instant());
	}

	/**
	 * Which of these sessions are still live: the stream closes the sockets of the
	 * others.
	 */
	public Mono<Set<UUID>> liveAmong(Collection<UUID> sessionIds) {
		if (sessionIds.isEmpty()) {
			return Mono.just(Set.of());
		}
		Instant now = this.clock.instant();
		return this.sessions
			.findLiveAmong(sessionIds, now.minus(this.settings.idle()), now.minus(this.settings.absolute()))
			.collect(HashSet::new, Set::add);
	}

	private Mono<CurrentPrincipal> principal(String token) {
		Instant now = this.clock.instant();
		return this.sessions.findLive(SecretTokens.hash(token), now.minus(this.settings.idle()),
				now.minus(this.settings.absolute()));
	}

}
