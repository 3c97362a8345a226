package com.claimstream.security;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SES-01 behind the proxy, and forwarded headers from the proxy only (ARCHITECTURE 5):
 * the end-to-end check through a real nginx is {@code NginxTwoInstanceTests}.
 */
class TrustedProxyHeadersTests {

	private final TrustedProxyHeaders headers = new TrustedProxyHeaders(List.of("127.0.0.1", "10.1.0.0/16", "::1"));

	@Test
	void fromTheProxyTheBrowsersSchemeHostAndAddressApply() {
		ServerHttpRequest request = this.headers.apply(forwarded("127.0.0.1"));

		assertThat(request.getURI().getScheme()).isEqualTo("https");
		assertThat(request.getURI().getHost()).isEqualTo("app.claimstream.example");
		assertThat(addressOf(request)).isEqualTo("203.0.113.9");
		assertThat(request.getHeaders().containsHeader("X-Forwarded-Proto")).isFalse();
	}

	@Test
	void proxiesMayBeGivenAsRanges() {
		assertThat(this.headers.apply(forwarded("10.1.44.2")).getURI().getScheme()).isEqualTo("https");
	}

	@Test
	void fromAnyoneElseTheHeadersAreDroppedUnread() {
		ServerHttpRequest request = this.headers.apply(MockServerHttpRequest.get("http://localhost:8081/api/session")
			.remoteAddress(new InetSocketAddress("10.2.0.7", 40000))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-For", "203.0.113.9")
			.header("Forwarded", "for=198.51.100.1;proto=https")
			.build());

		assertThat(request.getURI().getScheme()).isEqualTo("http");
		assertThat(request.getURI().getHost()).isEqualTo("localhost");
		assertThat(addressOf(request)).isEqualTo("10.2.0.7");
		assertThat(request.getHeaders().containsHeader("X-Forwarded-For")).isFalse();
		assertThat(request.getHeaders().containsHeader("Forwarded")).isFalse();
	}

	private static String addressOf(ServerHttpRequest request) {
		return ClientAddress
			.of(MockServerWebExchange.from(MockServerHttpRequest.get("/")).mutate().request(request).build());
	}

	private static MockServerHttpRequest forwarded(String peer) {
		return MockServerHttpRequest.get("http://localhost:8081/api/session")
			.remoteAddress(new InetSocketAddress(peer, 40000))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "app.claimstream.example")
			.header("X-Forwarded-For", "203.0.113.9")
			.build();
	}

}
