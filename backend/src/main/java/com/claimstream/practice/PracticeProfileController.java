package com.claimstream.practice;

import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.claimstream.security.CurrentPrincipal;

@RestController
class PracticeProfileController {

	private final PracticeProfileService profiles;

	PracticeProfileController(PracticeProfileService profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/api/practice/profile")
	Mono<PracticeProfile> practiceProfile(@AuthenticationPrincipal CurrentPrincipal principal) {
		return this.profiles.practiceProfile(principal);
	}

	@PutMapping("/api/practice/profile")
	Mono<PracticeProfile> updatePracticeProfile(@AuthenticationPrincipal CurrentPrincipal principal,
			@Valid @RequestBody PracticeProfile profile) {
		return this.profiles.updatePracticeProfile(principal, profile);
	}

	@GetMapping("/api/practice/members/{memberId}/profile")
	Mono<ClinicianProfile> memberProfile(@AuthenticationPrincipal CurrentPrincipal principal,
			@PathVariable UUID memberId) {
		return this.profiles.memberProfile(principal, memberId);
	}

	@PutMapping("/api/practice/clinician-profile")
	Mono<ClinicianProfile> updateOwnProfile(@AuthenticationPrincipal CurrentPrincipal principal,
			@Valid @RequestBody ClinicianProfile profile) {
		return this.profiles.updateOwnProfile(principal, profile);
	}

	@GetMapping("/api/practice/readiness")
	Mono<ClaimReadiness> readiness(@AuthenticationPrincipal CurrentPrincipal principal) {
		return this.profiles.readiness(principal);
	}

}
