package com.claimstream.security;

import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemDetails;
import com.claimstream.common.ProblemWriter;

/**
 * Refuses state-changing requests that do not come from our own pages (foreign
 * {@code Origin}, or {@code Sec-Fetch-Site} other than same-origin), before the CSRF
 * token is even looked at.
 */
final class OwnOriginFilter implements WebFilter {

	private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

	private final OriginPolicy origins;

	private final ProblemWriter problems;

	OwnOriginFilter(OriginPolicy origins, ProblemWriter problems) {
		this.origins = origins;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (SAFE.contains(exchange.getRequest().getMethod()) || this.origins.isOwnPage(exchange.getRequest())) {
			return chain.filter(exchange);
		}
		return this.problems.write(exchange,
				ProblemDetails.of(Problem.CSRF_REJECTED, "This request did not come from a Claimstream page"));
	}

}
