package com.claimstream.invitation;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

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

	InvitationController(InvitationService invitations, SessionResponder sessions) {
		this.invitations = invitations;
		this.sessions = sessions;
	}

	@PostMapping("/api/invitations/lookup")
	Mono<InvitationLanding> lookup(@Valid @RequestBody TokenRequest request) {
		return this.invitations.lookup(request.token());
	}

	@PostMapping("/api/invitations/accept")
	Mono<SessionResponse> accept(@Valid @RequestBody AcceptInvitationRequest request, ServerWebExchange exchange) {
		return this.invitations.accept(request.token(), request.password())
			.flatMap((account) -> this.sessions.signIn(exchange, account));
	}

	@PostMapping("/api/invitations/decline")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> decline(@Valid @RequestBody TokenRequest request) {
		return this.invitations.decline(request.token());
	}

}
