package com.claimstream.password;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import com.claimstream.common.Problem;
import com.claimstream.security.AccountService;
import com.claimstream.security.AttemptLimit;
import com.claimstream.security.AttemptLimiter;
import com.claimstream.security.ClientAddress;
import com.claimstream.security.SessionResponder;
import com.claimstream.security.SessionResponse;

/**
 * The public side of a reset link. Only POSTs: a link prefetcher's GET never uses a token
 * up.
 */
@RestController
class PasswordResetController {

	private final PasswordResetService resets;

	private final SessionResponder sessions;

	private final AttemptLimiter attempts;

	PasswordResetController(PasswordResetService resets, SessionResponder sessions, AttemptLimiter attempts) {
		this.resets = resets;
		this.sessions = sessions;
		this.attempts = attempts;
	}

	/** Every request counts, per address and per email, known or not. */
	@PostMapping("/api/password-resets")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<PasswordResetResponse> request(@Valid @RequestBody RequestPasswordResetRequest request,
			ServerWebExchange exchange) {
		String email = AccountService.normalize(request.email());
		Mono<Void> sent = this.resets.request(request.portal().portal(), email);
		return this.attempts
			.limitEvery(AttemptLimit.RESET_REQUESTS_PER_ADDRESS, ClientAddress.of(exchange),
					this.attempts.limitEvery(AttemptLimit.RESET_REQUESTS_PER_EMAIL, email, sent))
			.thenReturn(PasswordResetResponse.SENT);
	}

	/**
	 * Guessing tokens is slowed per address: unknown tokens count, valid ones never do.
	 */
	@PostMapping("/api/password-resets/complete")
	Mono<SessionResponse> complete(@Valid @RequestBody CompletePasswordResetRequest request,
			ServerWebExchange exchange) {
		return this.attempts
			.limit(AttemptLimit.TOKENS_PER_ADDRESS, ClientAddress.of(exchange), Problem.RESET_LINK_INVALID,
					this.resets.complete(request.token(), request.password()))
			.flatMap((account) -> this.sessions.signIn(exchange, account));
	}

}
