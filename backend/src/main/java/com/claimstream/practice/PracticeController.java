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

import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.Role;
import com.claimstream.security.SessionResponder;
import com.claimstream.security.SessionResponse;

@RestController
class PracticeController {

	private final PracticeService practices;

	private final SessionResponder sessions;

	PracticeController(PracticeService practices, SessionResponder sessions) {
		this.practices = practices;
		this.sessions = sessions;
	}

	@PostMapping("/api/practice-signups")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<SessionResponse> signUp(@Valid @RequestBody PracticeSignUpRequest request, ServerWebExchange exchange) {
		return this.practices.signUp(request).flatMap((account) -> this.sessions.signIn(exchange, account));
	}

	@GetMapping("/api/practice/members")
	Flux<Member> members(@AuthenticationPrincipal CurrentPrincipal principal) {
		return this.practices.members(principal.requirePracticeId())
			.map((account) -> new Member(account.id(), account.name(), account.role()));
	}

	record Member(UUID id, String name, Role role) {
	}

}
