package com.claimstream.stream;

import java.util.concurrent.Executor;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebHandler;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemDetails;
import com.claimstream.common.ProblemWriter;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.OriginPolicy;

/**
 * The {@code /api/stream} handshake: refuses, before any upgrade, a request without a
 * signed-in principal (401, in depth behind the security filter) or whose {@code Origin}
 * is not exactly one of {@code claimstream.allowed-origins} (403: cross-site WebSocket
 * hijacking); only then upgrades to {@link StreamSocketHandler}.
 */
@Component
class StreamEndpoint implements WebHandler {

	private final WebSocketService upgrades;

	private final StreamSocketHandler socket;

	private final ProblemWriter problems;

	private final OriginPolicy origins;

	StreamEndpoint(StreamSocketHandler socket, ProblemWriter problems, OriginPolicy origins, StreamSettings settings) {
		this.upgrades = StreamConfiguration.upgrades(settings);
		this.socket = socket;
		this.problems = problems;
		this.origins = origins;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.filter((principal) -> principal instanceof Authentication authentication
					&& authentication.getPrincipal() instanceof CurrentPrincipal)
			.flatMap((principal) -> allowedOrigin(exchange) ? upgrade(exchange)
					: refuse(exchange, Problem.FORBIDDEN, "This origin may not open the stream"))
			.switchIfEmpty(Mono.defer(() -> refuse(exchange, Problem.UNAUTHENTICATED, "Sign in to open the stream")));
	}

	private Mono<Void> upgrade(ServerWebExchange exchange) {
		Executor delivery = SocketEventLoop.of(exchange);
		return this.upgrades.handleRequest(exchange, (session) -> this.socket.handle(session, delivery));
	}

	private boolean allowedOrigin(ServerWebExchange exchange) {
		return this.origins.allows(exchange.getRequest().getHeaders().getOrigin());
	}

	private Mono<Void> refuse(ServerWebExchange exchange, Problem problem, String detail) {
		return this.problems.write(exchange, ProblemDetails.of(problem, detail));
	}

}
