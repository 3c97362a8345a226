package com.claimstream.audit;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;

import com.claimstream.common.ProblemException;
import com.claimstream.security.CurrentPrincipal;

/**
 * Writes the audit row of every classified request before its answer leaves: the
 * handler's answer is held back ({@link CapturedResponse}), the row is appended, and only
 * then is the answer sent; if the row cannot be written the request answers 503 instead
 * (fail closed). A PHI change and its row commit in one transaction, begun once the
 * request's body has arrived ({@link ArrivedBody}); reads run in none. Runs before Spring
 * Security's chain (order -100), so that requests it refuses (unauthenticated, wrong
 * portal, CSRF) are recorded as denied too; the principal comes from the same cached
 * session lookup the chain uses.
 */
@Component
@Order(-200)
class AuditWebFilter implements WebFilter {

	private final RequestMappingHandlerMapping mapping;

	private final RouteClassifications routes;

	private final AuditEntries entries;

	private final AuditLog log;

	private final TransactionalOperator transaction;

	private final ServerSecurityContextRepository contexts;

	AuditWebFilter(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
			RouteClassifications routes, AuditEntries entries, AuditLog log, TransactionalOperator transaction,
			ServerSecurityContextRepository contexts) {
		this.contexts = contexts;
		this.mapping = mapping;
		this.routes = routes;
		this.entries = entries;
		this.log = log;
		this.transaction = transaction;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
			return chain.filter(exchange);
		}
		return this.mapping.getHandler(exchange)
			.flatMap((handler) -> Mono.justOrEmpty(classify(exchange)))
			.onErrorResume((ex) -> Mono.empty())
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((route) -> route.filter((found) -> found.kind() != RouteClass.Kind.NONE)
				.map((found) -> audited(exchange, chain, found))
				.orElseGet(() -> chain.filter(exchange)));
	}

	private Optional<RouteClass> classify(ServerWebExchange exchange) {
		PathPattern pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern == null) {
			return Optional.empty();
		}
		return Optional.of(this.routes.find(exchange.getRequest().getMethod().name(), pattern.getPatternString())
			.orElse(RouteClass.UNCLASSIFIED));
	}

	private Mono<Void> audited(ServerWebExchange exchange, WebFilterChain chain, RouteClass route) {
		String pattern = exchange.<PathPattern>getRequiredAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
			.getPatternString();
		CapturedResponse captured = new CapturedResponse(exchange.getResponse());
		ServerWebExchange capturing = exchange.mutate().response(captured).build();
		return principal(exchange).flatMap((principal) -> arrived(capturing, route, principal).flatMap((ready) -> {
			Mono<Void> handled = chain.filter(ready)
				.then(Mono.defer(() -> this.log.append(
						this.entries.of(route, pattern, exchange, principal, captured.status(), captured.bodyText()))));
			Mono<Void> atomic = route.changesPhi() ? this.transaction.transactional(handled) : handled;
			return atomic
				.onErrorResume((ex) -> !(ex instanceof AuditUnavailable),
						(ex) -> this.log.append(this.entries.of(route, pattern, exchange, principal, statusOf(ex), ""))
							.then(Mono.error(ex)))
				.doOnError((ex) -> captured.discard())
				.then(Mono.defer(captured::release));
		}));
	}

	/**
	 * The exchange to handle: a signed-in user's PHI change once its body has arrived, so
	 * that its transaction starts only then; other requests as they are (a request Spring
	 * Security will refuse is never held in memory).
	 */
	private static Mono<ServerWebExchange> arrived(ServerWebExchange exchange, RouteClass route,
			Optional<CurrentPrincipal> principal) {
		return (route.changesPhi() && principal.isPresent()) ? ArrivedBody.awaited(exchange) : Mono.just(exchange);
	}

	private Mono<Optional<CurrentPrincipal>> principal(ServerWebExchange exchange) {
		return this.contexts.load(exchange)
			.mapNotNull((context) -> context.getAuthentication())
			.map(Authentication::getPrincipal)
			.ofType(CurrentPrincipal.class)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
	}

	private static int statusOf(Throwable ex) {
		if (ex instanceof ProblemException problem) {
			return problem.problem().status().value();
		}
		if (ex instanceof ResponseStatusException status) {
			return status.getStatusCode().value();
		}
		return 500;
	}

}
