package com.claimstream.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * One browser tab of the SPA: keeps its cookies, sends our {@code Origin} and the CSRF
 * token on every state change, as the real frontend does.
 */
public final class Browser {

	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	private final Map<String, ResponseCookie> received = new ConcurrentHashMap<>();

	private final WebTestClient http;

	private final WebTestClient base;

	/** Opens the app: the first response brings the CSRF cookie, as for the SPA. */
	public Browser(WebTestClient http) {
		this.base = http;
		this.http = http.mutate().filter(this::exchange).build();
		this.http.get().uri("/api/session").exchange().expectBody().returnResult();
	}

	public WebTestClient http() {
		return this.http;
	}

	public WebTestClient.ResponseSpec get(String uri, Object... variables) {
		return this.http.get().uri(uri, variables).exchange();
	}

	public WebTestClient.ResponseSpec post(String uri, Object body, Object... variables) {
		return this.http.post().uri(uri, variables).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	public WebTestClient.ResponseSpec put(String uri, Object body, Object... variables) {
		return this.http.put().uri(uri, variables).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	public WebTestClient.ResponseSpec post(String uri) {
		return this.http.post().uri(uri).exchange();
	}

	public WebTestClient.ResponseSpec delete(String uri, Object... variables) {
		return this.http.delete().uri(uri, variables).exchange();
	}

	/** Another browser on the same application, with no cookies of this one. */
	public Browser another() {
		return new Browser(this.base);
	}

	public String cookie(String name) {
		return this.cookies.get(name);
	}

	/** The last {@code Set-Cookie} of {@code name} with its attributes, or null. */
	public ResponseCookie receivedCookie(String name) {
		return this.received.get(name);
	}

	/** Forgets every cookie: a browser closed and opened again. */
	public void clearCookies() {
		this.cookies.clear();
	}

	private Mono<ClientResponse> exchange(ClientRequest request, ExchangeFunction next) {
		boolean changesState = !HttpMethod.GET.equals(request.method()) && !HttpMethod.HEAD.equals(request.method());
		return send(ClientRequest.from(request).headers((headers) -> {
			if (changesState) {
				headers.setOrigin(TestEnvironment.origin());
				headers.set("X-XSRF-TOKEN", this.cookies.getOrDefault("XSRF-TOKEN", ""));
			}
		}).build(), next);
	}

	private Mono<ClientResponse> send(ClientRequest request, ExchangeFunction next) {
		ClientRequest withCookies = ClientRequest.from(request)
			.cookies((jar) -> this.cookies.forEach(jar::set))
			.build();
		return next.exchange(withCookies)
			.doOnNext((response) -> response.cookies().values().forEach((list) -> list.forEach((cookie) -> {
				this.received.put(cookie.getName(), cookie);
				if (cookie.getMaxAge().isZero()) {
					this.cookies.remove(cookie.getName());
				}
				else {
					this.cookies.put(cookie.getName(), cookie.getValue());
				}
			})));
	}

}
