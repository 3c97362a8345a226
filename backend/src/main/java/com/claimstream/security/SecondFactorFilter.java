package com.claimstream.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemDetails;
import com.claimstream.common.ProblemWriter;

/**
 * The two-factor rules on every API request of a signed-in session, after the role
 * checks: a session whose code is pending may only verify it or sign out; a practice
 * member without TOTP may only reach session, account and enrolment routes (AUTH-05: no
 * client data before the second factor); and the step-up routes need a code verified
 * within the last 10 minutes.
 */
final class SecondFactorFilter implements WebFilter {

	static final Duration STEP_UP_WINDOW = Duration.ofMinutes(10);

	/** Banking, team and practice profile changes need a recent code. */
	static final List<RouteRule> STEP_UP = List.of(RouteRule.of(RouteRule.MUTATING, "/api/practice/team/**"),
			RouteRule.of(RouteRule.MUTATING, "/api/practice/banking/**"),
			RouteRule.of(Set.of(HttpMethod.PUT), "/api/practice/profile"));

	/**
	 * What anyone may call signed in or not: signing in again, say, or the dev mailbox.
	 */
	private static final List<RouteRule> OPEN = Stream.concat(
			Stream.of(SecurityConfiguration.PUBLIC_POSTS).map((path) -> RouteRule.of(Set.of(HttpMethod.POST), path)),
			Stream.of(RouteRule.of(Set.of(HttpMethod.GET), "/api/session"), RouteRule.any("/api/dev/**")))
		.toList();

	private static final List<RouteRule> WHILE_PENDING = List.of(
			RouteRule.of(Set.of(HttpMethod.DELETE), "/api/sessions/current"),
			RouteRule.of(Set.of(HttpMethod.POST), "/api/sessions/current/second-factor"));

	private static final List<RouteRule> BEFORE_ENROLMENT = List.of(RouteRule.any("/api/sessions/**"),
			RouteRule.any("/api/account/**"));

	private final SessionSecurityContextRepository contexts;

	private final ProblemWriter problems;

	private final Clock clock;

	SecondFactorFilter(SessionSecurityContextRepository contexts, ProblemWriter problems, Clock clock) {
		this.contexts = contexts;
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (!request.getPath().pathWithinApplication().value().startsWith("/api/") || matchesAny(OPEN, request)) {
			return chain.filter(exchange);
		}
		return this.contexts.liveSession(exchange)
			.map((session) -> Optional.ofNullable(refusal(session, request)))
			.defaultIfEmpty(Optional.empty())
			.flatMap((refusal) -> refusal.isPresent() ? this.problems.write(exchange, refusal.get())
					: chain.filter(exchange));
	}

	private @Nullable ProblemDetail refusal(LiveSession session, ServerHttpRequest request) {
		return switch (session.secondFactor()) {
			case PENDING -> matchesAny(WHILE_PENDING, request) ? null : ProblemDetails
				.of(Problem.SECOND_FACTOR_REQUIRED, "Enter the code from your authenticator app to finish signing in");
			case ENROLMENT_REQUIRED -> matchesAny(BEFORE_ENROLMENT, request) ? null : ProblemDetails
				.of(Problem.MFA_ENROLMENT_REQUIRED, "Set up two-factor authentication before you can see client data");
			case VERIFIED, OFF ->
				(matchesAny(STEP_UP, request) && !session.verifiedWithin(STEP_UP_WINDOW, this.clock.instant()))
						? ProblemDetails.of(Problem.STEP_UP_REQUIRED,
								"Enter a code from your authenticator app to confirm this change")
						: null;
		};
	}

	private static boolean matchesAny(List<RouteRule> rules, ServerHttpRequest request) {
		return rules.stream().anyMatch((rule) -> rule.matches(request));
	}

}
