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
 * hijacking) or whose account already has its sockets on this instance (429,
 * {@link SocketQuota}); only then upgrades to {@link StreamSocketHandler}.
 */
@Component
class StreamEndpoint implements WebHandler {

	private final WebSocketService upgrades;

	private final StreamSocketHandler socket;

	private final ProblemWriter problems;

	private final OriginPolicy origins;

	private final SocketQuota quota;

	StreamEndpoint(StreamSocketHandler socket, ProblemWriter problems, OriginPolicy origins, StreamSettings settings,
			SocketQuota quota) {
		this.upgrades = StreamConfiguration.upgrades(settings);
		this.socket = socket;
		this.problems = problems;
		this.origins = origins;
		this.quota = quota;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.filter((principal) -> principal instanceof Authentication authentication
					&& authentication.getPrincipal() instanceof CurrentPrincipal)
			.map((principal) -> (CurrentPrincipal) ((Authentication) principal).getPrincipal())
			.flatMap((principal) -> allowedOrigin(exchange) ? upgrade(exchange, principal)
					: refuse(exchange, Problem.FORBIDDEN, "This origin may not open the stream"))
			.switchIfEmpty(Mono.defer(() -> refuse(exchange, Problem.UNAUTHENTICATED, "Sign in to open the stream")));
	}

	private Mono<Void> upgrade(ServerWebExchange exchange, CurrentPrincipal principal) {
		SocketQuota.Permit permit = this.quota.tryAcquire(principal.accountId());
		if (permit == null) {
			return refuse(exchange, Problem.TOO_MANY_CONNECTIONS,
					"This account has too many live connections open; close some tabs or devices");
		}
		Executor delivery = SocketEventLoop.of(exchange);
		// the upgrade completes at the handshake, the handler when the socket ends; a
		// handshake that fails or is abandoned never reaches the handler
		return this.upgrades
			.handleRequest(exchange,
					(session) -> this.socket.handle(session, principal, delivery)
						.doFinally((signal) -> permit.release()))
			.doOnError((ex) -> permit.release())
			.doOnCancel(permit::release);
	}

	private boolean allowedOrigin(ServerWebExchange exchange) {
		return this.origins.allows(exchange.getRequest().getHeaders().getOrigin());
	}

	private Mono<Void> refuse(ServerWebExchange exchange, Problem problem, String detail) {
		return this.problems.write(exchange, ProblemDetails.of(problem, detail));
	}

}
