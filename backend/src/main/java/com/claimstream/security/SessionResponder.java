package com.claimstream.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Starts a session for an account that has just proved who it is (sign-up, sign-in,
 * invitation acceptance), sets its cookie and answers with the session body. An account
 * with TOTP gets a session whose second factor is pending.
 */
@Component
public class SessionResponder {

	private final SessionService sessions;

	private final SessionCookies cookies;

	private final PracticeDirectory practices;

	SessionResponder(SessionService sessions, SessionCookies cookies, PracticeDirectory practices) {
		this.sessions = sessions;
		this.cookies = cookies;
		this.practices = practices;
	}

	public Mono<SessionResponse> signIn(ServerWebExchange exchange, AccountSummary account) {
		return this.sessions
			.startLive(account.id(), ClientAddress.of(exchange),
					exchange.getRequest().getHeaders().getFirst(HttpHeaders.USER_AGENT))
			.flatMap((started) -> answer(exchange, started));
	}

	/** Gives the session a new token after a verified code (SES-02) and answers it. */
	Mono<SessionResponse> rotate(ServerWebExchange exchange, CurrentPrincipal principal) {
		return this.sessions.rotate(principal.sessionId()).flatMap((started) -> answer(exchange, started));
	}

	Mono<SessionResponse> describe(LiveSession session) {
		CurrentPrincipal principal = session.principal();
		SessionResponse.AccountBody account = new SessionResponse.AccountBody(principal.accountId(), principal.email(),
				principal.name(), principal.role());
		if (principal.practiceId() == null) {
			return Mono.just(new SessionResponse(account, null, session.secondFactor()));
		}
		return this.practices.nameOf(principal.practiceId())
			.map((name) -> new SessionResponse(account, new SessionResponse.PracticeBody(principal.practiceId(), name),
					session.secondFactor()));
	}

	private Mono<SessionResponse> answer(ServerWebExchange exchange, StartedLiveSession started) {
		this.cookies.write(exchange, started.started());
		return describe(started.live());
	}

}
