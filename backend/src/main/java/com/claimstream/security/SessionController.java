package com.claimstream.security;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

@RestController
class SessionController {

	private final AccountService accounts;

	private final SessionService sessions;

	private final SessionResponder responder;

	private final SessionCookies cookies;

	private final AttemptLimiter attempts;

	private final TwoFactorService twoFactor;

	SessionController(AccountService accounts, SessionService sessions, SessionResponder responder,
			SessionCookies cookies, AttemptLimiter attempts, TwoFactorService twoFactor) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.responder = responder;
		this.cookies = cookies;
		this.attempts = attempts;
		this.twoFactor = twoFactor;
	}

	@GetMapping("/api/session")
	Mono<SessionResponse> current(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.ofType(SessionAuthentication.class)
			.map(SessionAuthentication::session)
			.flatMap(this.responder::describe)
			.switchIfEmpty(Mono.error(() -> new ProblemException(Problem.UNAUTHENTICATED, "You are not signed in")));
	}

	@PostMapping("/api/sessions")
	Mono<SessionResponse> signIn(@Valid @RequestBody SignInRequest request, ServerWebExchange exchange) {
		String email = AccountService.normalize(request.email());
		String address = ClientAddress.of(exchange);
		Mono<AccountSummary> verified = this.accounts.verify(request.portal().portal(), email, request.password())
			.onErrorResume(ProblemException.class,
					(ex) -> (ex.problem() == Problem.INVALID_CREDENTIALS) ? this.sessions
						.recordFailure(request.portal().portal(), email, address,
								exchange.getRequest().getHeaders().getFirst(HttpHeaders.USER_AGENT))
						.then(Mono.error(ex)) : Mono.error(ex));
		return this.attempts
			.limit(AttemptLimit.PER_ACCOUNT, email, Problem.INVALID_CREDENTIALS,
					this.attempts.limit(AttemptLimit.PER_ADDRESS, address, Problem.INVALID_CREDENTIALS, verified))
			.flatMap((account) -> this.attempts.forgive(AttemptLimit.PER_ACCOUNT, email)
				.then(this.responder.signIn(exchange, account)));
	}

	/**
	 * The second factor after the password: a TOTP code or a recovery code; the session
	 * gets a new token (SES-02).
	 */
	@PostMapping("/api/sessions/current/second-factor")
	Mono<SessionResponse> verifySecondFactor(@AuthenticationPrincipal CurrentPrincipal principal,
			@Valid @RequestBody SecondFactorRequest request, ServerWebExchange exchange) {
		Mono<Void> verified = StringUtils.hasText(request.recoveryCode())
				? this.twoFactor.verifyRecoveryCode(principal.accountId(), request.recoveryCode())
				: this.twoFactor.verifyCode(principal.accountId(), (request.code() != null) ? request.code() : "");
		return verified.then(this.responder.rotate(exchange, principal));
	}

	/**
	 * A fresh TOTP verification for the routes that need step-up (banking, team, practice
	 * profile); the session gets a new token.
	 */
	@PostMapping("/api/sessions/current/step-up")
	Mono<SessionResponse> stepUp(@AuthenticationPrincipal CurrentPrincipal principal,
			@Valid @RequestBody CodeRequest request, ServerWebExchange exchange) {
		return this.twoFactor.verifyCode(principal.accountId(), request.code())
			.then(this.responder.rotate(exchange, principal));
	}

	@DeleteMapping("/api/sessions/current")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> signOut(@AuthenticationPrincipal CurrentPrincipal principal, ServerWebExchange exchange) {
		return this.sessions.end(principal.sessionId()).then(Mono.fromRunnable(() -> {
			this.cookies.clear(exchange);
			exchange.getResponse().getHeaders().set("Clear-Site-Data", "\"cache\", \"storage\"");
		}));
	}

}
