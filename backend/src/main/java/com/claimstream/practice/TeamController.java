package com.claimstream.practice;

import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import com.claimstream.common.Problem;
import com.claimstream.security.AttemptLimit;
import com.claimstream.security.AttemptLimiter;
import com.claimstream.security.ClientAddress;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.SessionResponder;
import com.claimstream.security.SessionResponse;

/**
 * Team management under {@code /api/practice/team} (administrators only, see
 * SecurityConfiguration) and the public side of a team invitation link (POSTs only, so a
 * link prefetcher never uses a token up).
 */
@RestController
class TeamController {

	private final TeamService team;

	private final SessionResponder sessions;

	private final AttemptLimiter attempts;

	TeamController(TeamService team, SessionResponder sessions, AttemptLimiter attempts) {
		this.team = team;
		this.sessions = sessions;
		this.attempts = attempts;
	}

	@GetMapping("/api/practice/team")
	Flux<TeamMember> team(@AuthenticationPrincipal CurrentPrincipal principal) {
		return this.team.team(principal);
	}

	@PostMapping("/api/practice/team/invitations")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<TeamMember> invite(@AuthenticationPrincipal CurrentPrincipal principal,
			@Valid @RequestBody InviteMemberRequest request) {
		return this.team.invite(principal, request);
	}

	@PostMapping("/api/practice/team/invitations/{invitationId}/resend")
	Mono<TeamMember> resend(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID invitationId) {
		return this.team.resend(principal, invitationId);
	}

	@DeleteMapping("/api/practice/team/invitations/{invitationId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> revoke(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID invitationId) {
		return this.team.revoke(principal, invitationId);
	}

	@PutMapping("/api/practice/team/members/{memberId}/role")
	Mono<TeamMember> changeRole(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID memberId,
			@Valid @RequestBody ChangeRoleRequest request) {
		return this.team.changeRole(principal, memberId, request.role());
	}

	@PostMapping("/api/practice/team/members/{memberId}/deactivate")
	Mono<TeamMember> deactivate(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID memberId) {
		return this.team.setActive(principal, memberId, false);
	}

	@PostMapping("/api/practice/team/members/{memberId}/reactivate")
	Mono<TeamMember> reactivate(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID memberId) {
		return this.team.setActive(principal, memberId, true);
	}

	@PostMapping("/api/team-invitations/lookup")
	Mono<JoinLanding> lookup(@Valid @RequestBody LinkTokenRequest request, ServerWebExchange exchange) {
		return limited(exchange, this.team.lookup(request.token()));
	}

	@PostMapping("/api/team-invitations/accept")
	Mono<SessionResponse> accept(@Valid @RequestBody JoinRequest request, ServerWebExchange exchange) {
		return limited(exchange, this.team.accept(request.token(), request.password()))
			.flatMap((account) -> this.sessions.signIn(exchange, account));
	}

	/**
	 * Guessing tokens is slowed per address: unknown tokens count, valid ones never do.
	 */
	private <T> Mono<T> limited(ServerWebExchange exchange, Mono<T> use) {
		return this.attempts.limit(AttemptLimit.TOKENS_PER_ADDRESS, ClientAddress.of(exchange),
				Problem.INVITATION_INVALID, use);
	}

}
