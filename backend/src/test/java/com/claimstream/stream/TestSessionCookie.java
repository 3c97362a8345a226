package com.claimstream.stream;

import java.security.Principal;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpCookie;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.claimstream.security.SessionService;

/**
 * TEST-ONLY STAND-IN, TO BE DELETED when main's {@code SecurityConfiguration} turns the
 * {@code claimstream_session} cookie into the principal. Until then it does the same for
 * requests that have no principal yet, so the stream's handshake tests run against a real
 * session. It is a no-op once the real filter has set a principal.
 */
@Component
@Order(0)
class TestSessionCookie implements WebFilter {

	private final SessionService sessions;

	TestSessionCookie(SessionService sessions) {
		this.sessions = sessions;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		HttpCookie cookie = exchange.getRequest().getCookies().getFirst("claimstream_session");
		if (cookie == null) {
			return chain.filter(exchange);
		}
		return exchange.getPrincipal()
			.map((existing) -> exchange)
			.switchIfEmpty(Mono.defer(() -> this.sessions.authenticate(cookie.getValue(), false)
				.map((principal) -> exchange.mutate()
					.principal(Mono.<Principal>just(UsernamePasswordAuthenticationToken.authenticated(principal, null,
							List.of(new SimpleGrantedAuthority("ROLE_" + principal.role().name())))))
					.build())
				.defaultIfEmpty(exchange)))
			.flatMap(chain::filter);
	}

}
