package com.claimstream.practice;

import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
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
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.Role;
import com.claimstream.security.SessionResponder;
import com.claimstream.security.SessionResponse;

@RestController
class PracticeController {

	private final PracticeService practices;

	private final SessionResponder sessions;

	private final AttemptLimiter attempts;

	PracticeController(PracticeService practices, SessionResponder sessions, AttemptLimiter attempts) {
		this.practices = practices;
		this.sessions = sessions;
		this.attempts = attempts;
	}

	/**
	 * The same answer whether or not the email has an account (AUTH-03); the email says
	 * which. Every request counts against its email, known or not.
	 */
	@PostMapping("/api/practice-signups")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<SignUpSent> signUp(@Valid @RequestBody PracticeSignUpRequest request) {
		return this.attempts
			.limitEvery(AttemptLimit.SIGNUPS_PER_EMAIL, AccountService.normalize(request.email()),
					this.practices.requestSignUp(request))
			.thenReturn(SignUpSent.SENT);
	}

	/**
	 * Only a POST uses the link up, never a prefetcher's GET; guessing tokens is slowed
	 * per address.
	 */
	@PostMapping("/api/practice-signups/complete")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<SessionResponse> complete(@Valid @RequestBody LinkTokenRequest request, ServerWebExchange exchange) {
		return this.attempts
			.limit(AttemptLimit.TOKENS_PER_ADDRESS, ClientAddress.of(exchange), Problem.SIGNUP_LINK_INVALID,
					this.practices.completeSignUp(request.token()))
			.flatMap((account) -> this.sessions.signIn(exchange, account));
	}

	@GetMapping("/api/practice/members")
	Flux<Member> members(@AuthenticationPrincipal CurrentPrincipal principal) {
		return this.practices.members(principal.requirePracticeId())
			.map((account) -> new Member(account.id(), account.name(), account.role()));
	}

	record Member(UUID id, String name, Role role) {
	}

	/** The one answer to a sign-up, whether or not the email has an account. */
	record SignUpSent(String message) {

		static final SignUpSent SENT = new SignUpSent(
				"Check your email: we sent a message to finish creating your practice.");

	}

}
