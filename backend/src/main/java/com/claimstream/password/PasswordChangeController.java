package com.claimstream.password;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import com.claimstream.common.Problem;
import com.claimstream.security.AttemptLimit;
import com.claimstream.security.AttemptLimiter;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.SessionResponder;
import com.claimstream.security.SessionResponse;

/**
 * A signed-in account changes its password; the answer is a new session (a new cookie),
 * and the old session token stops working.
 */
@RestController
class PasswordChangeController {

	private final PasswordChangeService changes;

	private final SessionResponder sessions;

	private final AttemptLimiter attempts;

	PasswordChangeController(PasswordChangeService changes, SessionResponder sessions, AttemptLimiter attempts) {
		this.changes = changes;
		this.sessions = sessions;
		this.attempts = attempts;
	}

	/** Wrong current passwords count against the account. */
	@PostMapping("/api/account/password")
	Mono<SessionResponse> change(@AuthenticationPrincipal CurrentPrincipal principal,
			@Valid @RequestBody ChangePasswordRequest request, ServerWebExchange exchange) {
		return this.attempts
			.limit(AttemptLimit.PASSWORD_CHANGES_PER_ACCOUNT, principal.accountId().toString(),
					Problem.INVALID_CREDENTIALS, this.changes.verifyCurrent(principal, request.currentPassword()))
			.flatMap((verified) -> this.changes.change(principal, request.newPassword(), request.endsOtherSessions()))
			.flatMap((account) -> this.sessions.signIn(exchange, account));
	}

}
