package com.claimstream.security;

import java.util.List;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * The account security page of both portals: two-factor enrolment and recovery codes,
 * sign-in history, signing out other sessions.
 */
@RestController
class AccountSecurityController {

	private final TwoFactorService twoFactor;

	private final SessionService sessions;

	private final SessionResponder responder;

	AccountSecurityController(TwoFactorService twoFactor, SessionService sessions, SessionResponder responder) {
		this.twoFactor = twoFactor;
		this.sessions = sessions;
		this.responder = responder;
	}

	@GetMapping("/api/account/two-factor")
	Mono<TwoFactorStatus> status(@AuthenticationPrincipal CurrentPrincipal principal) {
		return this.twoFactor.status(principal);
	}

	@PostMapping("/api/account/two-factor/enrolment")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<TwoFactorEnrolment> beginEnrolment(@AuthenticationPrincipal CurrentPrincipal principal) {
		return this.twoFactor.beginEnrolment(principal);
	}

	/**
	 * Completes the enrolment with a first code: the session counts as verified and gets
	 * a new token; the recovery codes are shown this once.
	 */
	@PostMapping("/api/account/two-factor/enrolment/confirm")
	Mono<RecoveryCodes> confirmEnrolment(@AuthenticationPrincipal CurrentPrincipal principal,
			@Valid @RequestBody CodeRequest request, ServerWebExchange exchange) {
		return this.twoFactor.confirmEnrolment(principal, request.code())
			.flatMap((codes) -> this.responder.rotate(exchange, principal).thenReturn(new RecoveryCodes(codes)));
	}

	@PostMapping("/api/account/two-factor/recovery-codes")
	Mono<RecoveryCodes> regenerateRecoveryCodes(@AuthenticationPrincipal CurrentPrincipal principal,
			@Valid @RequestBody CodeRequest request) {
		return this.twoFactor.regenerateRecoveryCodes(principal.accountId(), request.code()).map(RecoveryCodes::new);
	}

	/** Clients only: two-factor is optional in the portal. */
	@PostMapping("/api/account/two-factor/disable")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> disable(@AuthenticationPrincipal CurrentPrincipal principal, @Valid @RequestBody CodeRequest request) {
		return this.twoFactor.disable(principal, request.code());
	}

	@GetMapping("/api/account/sign-ins")
	Mono<SignInHistory> signIns(@AuthenticationPrincipal CurrentPrincipal principal) {
		return this.sessions.history(principal);
	}

	@PostMapping("/api/account/sessions/end-others")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> endOtherSessions(@AuthenticationPrincipal CurrentPrincipal principal) {
		return this.sessions.endOthers(principal);
	}

	record RecoveryCodes(List<String> recoveryCodes) {
	}

}
