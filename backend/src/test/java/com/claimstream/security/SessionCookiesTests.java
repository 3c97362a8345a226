package com.claimstream.security;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCookiesTests {

	private final SessionCookies cookies = new SessionCookies();

	private final StartedSession session = new StartedSession("token-value",
			new CurrentPrincipal(UUID.randomUUID(), UUID.randomUUID(), Role.CLIENT, null, "Casey", "c@example.test"));

	@Test
	void overTlsTheCookieIsHostPrefixedAndSecure() {
		ResponseCookie cookie = written("https://app.claimstream.example/api/sessions");
		assertThat(cookie.getName()).isEqualTo("__Host-claimstream_session");
		assertThat(cookie.isSecure()).isTrue();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo("Lax");
		assertThat(cookie.getPath()).isEqualTo("/");
		assertThat(cookie.getDomain()).isNull();
	}

	@Test
	void onlyPlainHttpLocalhostGetsTheUnprefixedName() {
		assertThat(written("http://localhost:8080/api/sessions").getName()).isEqualTo("claimstream_session");
		ResponseCookie elsewhere = written("http://clinic.example/api/sessions");
		assertThat(elsewhere.getName()).isEqualTo("__Host-claimstream_session");
		assertThat(elsewhere.isSecure()).isTrue();
	}

	@Test
	void theUnprefixedCookieIsIgnoredAwayFromLocalhost() {
		MockServerHttpRequest request = MockServerHttpRequest.get("https://app.claimstream.example/api/session")
			.cookie(new HttpCookie("claimstream_session", "planted"))
			.build();
		assertThat(this.cookies.read(request)).isEmpty();
	}

	private ResponseCookie written(String url) {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post(url).build());
		this.cookies.write(exchange, this.session);
		return exchange.getResponse().getCookies().values().iterator().next().get(0);
	}

}
