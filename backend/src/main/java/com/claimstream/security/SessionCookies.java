package com.claimstream.security;

import java.util.Optional;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The session cookie: {@code __Host-claimstream_session} ({@code Secure}, no
 * {@code Domain}, {@code Path=/}), or the plain name on plain-http localhost, where
 * browsers refuse {@code Secure} cookies. Always {@code HttpOnly; SameSite=Lax}.
 */
@Component
public class SessionCookies {

	static final String SECURE_NAME = "__Host-claimstream_session";

	static final String LOCAL_NAME = "claimstream_session";

	public void write(ServerWebExchange exchange, StartedSession session) {
		exchange.getResponse().addCookie(cookie(exchange.getRequest(), session.token()).build());
	}

	public void clear(ServerWebExchange exchange) {
		exchange.getResponse().addCookie(cookie(exchange.getRequest(), "").maxAge(0).build());
	}

	Optional<String> read(ServerHttpRequest request) {
		HttpCookie secure = request.getCookies().getFirst(SECURE_NAME);
		if (secure != null) {
			return Optional.of(secure.getValue());
		}
		HttpCookie local = isPlainLocalhost(request) ? request.getCookies().getFirst(LOCAL_NAME) : null;
		return Optional.ofNullable(local).map(HttpCookie::getValue);
	}

	private static ResponseCookie.ResponseCookieBuilder cookie(ServerHttpRequest request, String value) {
		boolean local = isPlainLocalhost(request);
		return ResponseCookie.from(local ? LOCAL_NAME : SECURE_NAME, value)
			.httpOnly(true)
			.secure(!local)
			.sameSite("Lax")
			.path("/");
	}

	private static boolean isPlainLocalhost(ServerHttpRequest request) {
		String host = request.getURI().getHost();
		return "http".equals(request.getURI().getScheme())
				&& ("localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host));
	}

}
