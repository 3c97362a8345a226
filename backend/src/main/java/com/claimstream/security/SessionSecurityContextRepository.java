package com.claimstream.security;

import reactor.core.publisher.Mono;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Loads the principal of each request from its session cookie. Every request counts as
 * the user's activity except the live stream's handshake: an open dashboard must still
 * log off.
 */
@Component
class SessionSecurityContextRepository implements ServerSecurityContextRepository {

	static final String STREAM_PATH = "/api/stream";

	private static final String CONTEXT = SessionSecurityContextRepository.class.getName() + ".context";

	private final SessionService sessions;

	private final SessionCookies cookies;

	private final SessionTimeouts timeouts;

	SessionSecurityContextRepository(SessionService sessions, SessionCookies cookies, SessionTimeouts timeouts) {
		this.sessions = sessions;
		this.cookies = cookies;
		this.timeouts = timeouts;
	}

	@Override
	public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
		return Mono.empty();
	}

	/** Looked up once per request, however many filters ask. */
	@Override
	@SuppressWarnings("unchecked")
	public Mono<SecurityContext> load(ServerWebExchange exchange) {
		return (Mono<SecurityContext>) exchange.getAttributes()
			.computeIfAbsent(CONTEXT, (key) -> lookUp(exchange).cache());
	}

	/** The live session of the request, with its two-factor state; empty when none. */
	Mono<LiveSession> liveSession(ServerWebExchange exchange) {
		return load(exchange).map((context) -> ((SessionAuthentication) context.getAuthentication()).session());
	}

	private Mono<SecurityContext> lookUp(ServerWebExchange exchange) {
		boolean activity = !STREAM_PATH.equals(exchange.getRequest().getPath().value());
		return Mono.justOrEmpty(this.cookies.read(exchange.getRequest()))
			.flatMap((token) -> this.sessions.authenticate(token, activity)
				.switchIfEmpty(Mono.defer(() -> this.sessions.endTimedOut(token)
					.flatMap((principal) -> this.timeouts.timedOut(principal, exchange))
					.then(Mono.empty()))))
			.map((principal) -> new SecurityContextImpl(new SessionAuthentication(principal)));
	}

}
