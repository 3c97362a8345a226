package com.claimstream.security;

import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Some methods on a path pattern ({@code /api/practice/team/**}): what the two-factor
 * rules are written in. No methods means every method.
 */
record RouteRule(Set<HttpMethod> methods, PathPattern pattern) {

	static final Set<HttpMethod> MUTATING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
			HttpMethod.DELETE);

	static RouteRule of(Set<HttpMethod> methods, String pattern) {
		return new RouteRule(methods, PathPatternParser.defaultInstance.parse(pattern));
	}

	static RouteRule any(String pattern) {
		return of(Set.of(), pattern);
	}

	boolean matches(ServerHttpRequest request) {
		return (this.methods.isEmpty() || this.methods.contains(request.getMethod()))
				&& this.pattern.matches(request.getPath().pathWithinApplication());
	}

}
