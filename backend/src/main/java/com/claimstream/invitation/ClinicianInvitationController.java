package com.claimstream.invitation;

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

import com.claimstream.security.CurrentPrincipal;

/**
 * A signed-in client invites their clinician to join Claimstream.
 */
@RestController
class ClinicianInvitationController {

	private final ClinicianInvitationService invitations;

	ClinicianInvitationController(ClinicianInvitationService invitations) {
		this.invitations = invitations;
	}

	@PostMapping("/api/portal/clinician-invitations")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ClinicianInvitationView> send(@AuthenticationPrincipal CurrentPrincipal principal,
			@Valid @RequestBody ClinicianInvitationRequest request) {
		return this.invitations.send(principal, request);
	}

	@GetMapping("/api/portal/clinician-invitations")
	Flux<ClinicianInvitationView> sent(@AuthenticationPrincipal CurrentPrincipal principal) {
		return this.invitations.sentBy(principal);
	}

}
