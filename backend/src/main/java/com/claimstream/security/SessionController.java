package com.claimstream.security;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
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

	SessionController(AccountService accounts, SessionService sessions, SessionResponder responder,
			SessionCookies cookies, AttemptLimiter attempts) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.responder = responder;
		this.cookies = cookies;
		this.attempts = attempts;
	}

	@GetMapping("/api/session")
	Mono<SessionResponse> current(@AuthenticationPrincipal @Nullable CurrentPrincipal principal) {
		return Mono.justOrEmpty(principal)
			.flatMap(this.responder::describe)
			.switchIfEmpty(Mono.error(() -> new ProblemException(Problem.UNAUTHENTICATED, "You are not signed in")));
	}

	@PostMapping("/api/sessions")
	Mono<SessionResponse> signIn(@Valid @RequestBody SignInRequest request, ServerWebExchange exchange) {
		String email = AccountService.normalize(request.email());
		String address = ClientAddress.of(exchange);
		Mono<AccountSummary> verified = this.accounts.verify(request.portal().portal(), email, request.password());
		return this.attempts
			.limit(AttemptLimit.PER_ACCOUNT, email, Problem.INVALID_CREDENTIALS,
					this.attempts.limit(AttemptLimit.PER_ADDRESS, address, Problem.INVALID_CREDENTIALS, verified))
			.flatMap((account) -> this.attempts.forgive(AttemptLimit.PER_ACCOUNT, email)
				.then(this.responder.signIn(exchange, account)));
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
