package com.claimstream.security;

import reactor.core.publisher.Mono;

import org.springframework.web.server.ServerWebExchange;

/**
 * Told once when a request comes with a session that timed out (idle or absolute); the
 * audit log records it (AUD-05). The request then goes on unauthenticated.
 */
public interface SessionTimeouts {

	Mono<Void> timedOut(CurrentPrincipal principal, ServerWebExchange exchange);

}
