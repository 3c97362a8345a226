package com.claimstream.invitation;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import com.claimstream.common.Problem;
import com.claimstream.security.AttemptLimit;
import com.claimstream.security.AttemptLimiter;
import com.claimstream.security.ClientAddress;
import com.claimstream.security.SessionResponder;
import com.claimstream.security.SessionResponse;

/**
 * The public side of an invitation link. Only POSTs: a link prefetcher's GET never uses a
 * token up.
 */
@RestController
class InvitationController {

	private final InvitationService invitations;

	private final SessionResponder sessions;

	private final AttemptLimiter attempts;

	InvitationController(InvitationService invitations, SessionResponder sessions, AttemptLimiter attempts) {
		this.invitations = invitations;
		this.sessions = sessions;
		this.attempts = attempts;
	}

	@PostMapping("/api/invitations/lookup")
	Mono<InvitationLanding> lookup(@Valid @RequestBody TokenRequest request, ServerWebExchange exchange) {
		return limited(exchange, this.invitations.lookup(request.token()));
	}

	@PostMapping("/api/invitations/accept")
	Mono<SessionResponse> accept(@Valid @RequestBody AcceptInvitationRequest request, ServerWebExchange exchange) {
		return limited(exchange, this.invitations.accept(request.token(), request.password()))
			.flatMap((account) -> this.sessions.signIn(exchange, account));
	}

	@PostMapping("/api/invitations/decline")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> decline(@Valid @RequestBody TokenRequest request, ServerWebExchange exchange) {
		return limited(exchange, this.invitations.decline(request.token()));
	}

	/**
	 * Guessing tokens is slowed per address: unknown tokens count, valid ones never do.
	 */
	private <T> Mono<T> limited(ServerWebExchange exchange, Mono<T> use) {
		return this.attempts.limit(AttemptLimit.TOKENS_PER_ADDRESS, ClientAddress.of(exchange),
				Problem.INVITATION_INVALID, use);
	}

}
