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

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

/**
 * Server-side sessions in PostgreSQL: started at sign-in, checked on every request, ended
 * by sign-out or by the idle and absolute timeouts. Every instance reads the same rows,
 * so an ended session is ended everywhere at once.
 */
@Service
public class SessionService {

	private static final int HISTORY_LENGTH = 20;

	private final SessionRepository sessions;

	private final FailedSignInRepository failures;

	private final SessionSettings settings;

	private final Clock clock;

	SessionService(SessionRepository sessions, FailedSignInRepository failures, SessionSettings settings, Clock clock) {
		this.sessions = sessions;
		this.failures = failures;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Starts a session for an account the caller has just authenticated by password; when
	 * the account has TOTP, the session can only verify a code or sign out until then.
	 */
	public Mono<StartedSession> start(UUID accountId, @Nullable String ip, @Nullable String userAgent) {
		return startLive(accountId, ip, userAgent).map(StartedLiveSession::started);
	}

	Mono<StartedLiveSession> startLive(UUID accountId, @Nullable String ip, @Nullable String userAgent) {
		String token = SecretTokens.generate();
		UUID sessionId = UUID.randomUUID();
		Instant now = this.clock.instant();
		return this.sessions.insert(sessionId, SecretTokens.hash(token), accountId, now, ip, userAgent)
			.then(Mono.defer(() -> live(token)))
			.map((live) -> new StartedLiveSession(new StartedSession(token, live.principal()), live));
	}

	/**
	 * A new token for a session whose owner has just verified a code (SES-02): the old
	 * token answers 401 from now on.
	 */
	Mono<StartedLiveSession> rotate(UUID sessionId) {
		String token = SecretTokens.generate();
		return this.sessions.rotate(sessionId, SecretTokens.hash(token), this.clock.instant())
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono
				.error(() -> new ProblemException(Problem.UNAUTHENTICATED, "Your session has ended; sign in again")))
			.then(Mono.defer(() -> live(token)))
			.map((live) -> new StartedLiveSession(new StartedSession(token, live.principal()), live));
	}

	/**
	 * The principal of a live session, and the request counts as the user's activity when
	 * {@code activity} is set (stream frames and heartbeats never do).
	 */
	Mono<LiveSession> authenticate(String token, boolean activity) {
		Mono<LiveSession> live = live(token);
		if (!activity) {
			return live;
		}
		return live.flatMap(
				(found) -> this.sessions.touch(found.principal().sessionId(), this.clock.instant()).thenReturn(found));
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
	 * Ends every session of the account but the one asking ("sign out other sessions").
	 */
	public Mono<Void> endOthers(CurrentPrincipal principal) {
		return this.sessions.endOthersOf(principal.accountId(), principal.sessionId(), this.clock.instant());
	}

	/** Records a refused password for the sign-in history, known email or not. */
	Mono<Void> recordFailure(Portal portal, String email, @Nullable String ip, @Nullable String userAgent) {
		return this.failures.insert(portal.column(), email, this.clock.instant(), ip, userAgent);
	}

	/** The account's last 20 sessions and failed sign-ins. */
	Mono<SignInHistory> history(CurrentPrincipal principal) {
		Instant now = this.clock.instant();
		return this.sessions
			.findRecentOf(principal.accountId(), principal.sessionId(), now.minus(this.settings.idle()),
					now.minus(this.settings.absolute()), HISTORY_LENGTH)
			.collectList()
			.zipWith(this.failures.findRecentOf(principal.accountId(), HISTORY_LENGTH).collectList(),
					SignInHistory::new);
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

	private Mono<LiveSession> live(String token) {
		Instant now = this.clock.instant();
		return this.sessions.findLive(SecretTokens.hash(token), now.minus(this.settings.idle()),
				now.minus(this.settings.absolute()));
	}

}
