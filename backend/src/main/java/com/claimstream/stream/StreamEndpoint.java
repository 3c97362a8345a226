package com.claimstream.stream;

import java.util.Arrays;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebHandler;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemDetails;
import com.claimstream.common.ProblemWriter;
import com.claimstream.security.CurrentPrincipal;

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

	private final List<String> allowedOrigins;

	StreamEndpoint(StreamSocketHandler socket, ProblemWriter problems, StreamSettings settings,
			@Value("${claimstream.allowed-origins}") String allowedOrigins) {
		this.upgrades = StreamConfiguration.upgrades(settings);
		this.socket = socket;
		this.problems = problems;
		this.allowedOrigins = Arrays.stream(allowedOrigins.split(",")).map(String::trim).toList();
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.filter((principal) -> principal instanceof Authentication authentication
					&& authentication.getPrincipal() instanceof CurrentPrincipal)
			.flatMap((principal) -> allowedOrigin(exchange) ? this.upgrades.handleRequest(exchange, this.socket)
					: refuse(exchange, Problem.FORBIDDEN, "This origin may not open the stream"))
			.switchIfEmpty(Mono.defer(() -> refuse(exchange, Problem.UNAUTHENTICATED, "Sign in to open the stream")));
	}

	private boolean allowedOrigin(ServerWebExchange exchange) {
		String origin = exchange.getRequest().getHeaders().getFirst(HttpHeaders.ORIGIN);
		return origin != null && this.allowedOrigins.contains(origin);
	}

	private Mono<Void> refuse(ServerWebExchange exchange, Problem problem, String detail) {
		return this.problems.write(exchange, ProblemDetails.of(problem, detail));
	}

}
