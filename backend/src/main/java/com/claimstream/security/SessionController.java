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

	private final LoginThrottle throttle;

	SessionController(AccountService accounts, SessionService sessions, SessionResponder responder,
			SessionCookies cookies, LoginThrottle throttle) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.responder = responder;
		this.cookies = cookies;
		this.throttle = throttle;
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
		String address = SessionResponder.clientAddress(exchange);
		return this.throttle.check(email, address)
			.then(this.accounts.verify(request.portal().portal(), email, request.password()))
			.onErrorResume(ProblemException.class, (ex) -> (ex.problem() == Problem.INVALID_CREDENTIALS)
					? this.throttle.recordFailure(email, address).then(Mono.error(ex)) : Mono.error(ex))
			.flatMap((account) -> this.throttle.forgive(email).then(this.responder.signIn(exchange, account)));
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
