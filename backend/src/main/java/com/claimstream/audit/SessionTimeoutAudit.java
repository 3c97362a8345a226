package com.claimstream.audit;

import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.SessionTimeouts;

/**
 * Records a session found timed out as the account event {@code session_timeout}, with
 * the request path that found it (a timeout has no route of its own).
 */
@Component
class SessionTimeoutAudit implements SessionTimeouts {

	static final RouteClass TIMEOUT = RouteClass.parse(List.of("account", "session_timeout"));

	private final AuditEntries entries;

	private final AuditLog log;

	SessionTimeoutAudit(AuditEntries entries, AuditLog log) {
		this.entries = entries;
		this.log = log;
	}

	@Override
	public Mono<Void> timedOut(CurrentPrincipal principal, ServerWebExchange exchange) {
		return this.log.append(this.entries.of(TIMEOUT, exchange.getRequest().getPath().value(), exchange,
				Optional.of(principal), 401, ""));
	}

}
