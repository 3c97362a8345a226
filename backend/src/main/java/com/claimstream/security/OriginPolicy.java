package com.claimstream.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * The origins our own pages are served from ({@code claimstream.allowed-origins}): the
 * only ones allowed to change state or open the live stream (CSRF and cross-site
 * WebSocket hijacking defence).
 */
@Component
public class OriginPolicy {

	private final Set<String> allowed;

	OriginPolicy(@Value("${claimstream.allowed-origins}") List<String> allowed) {
		this.allowed = allowed.stream()
			.map(String::trim)
			.filter((origin) -> !origin.isEmpty())
			.collect(Collectors.toSet());
	}

	public boolean allows(@Nullable String origin) {
		return origin != null && this.allowed.contains(origin);
	}

	/**
	 * Whether a state-changing request comes from our pages: its {@code Origin} is
	 * allowed, or a browser that sent none says {@code Sec-Fetch-Site: same-origin}.
	 */
	boolean isOwnPage(ServerHttpRequest request) {
		String origin = request.getHeaders().getOrigin();
		if (origin != null) {
			return allows(origin);
		}
		return "same-origin".equals(request.getHeaders().getFirst("Sec-Fetch-Site"));
	}

}
