package com.claimstream.practice;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.claimstream.security.CurrentPrincipal;

@RestController
class PortalSettingsController {

	private final PortalSettings settings;

	PortalSettingsController(PortalSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/api/practice/portal-settings")
	Mono<Map<String, Boolean>> practiceDefaults(@AuthenticationPrincipal CurrentPrincipal principal) {
		return this.settings.practiceDefaults(principal);
	}

	@PutMapping("/api/practice/portal-settings")
	Mono<Map<String, Boolean>> updatePracticeDefaults(@AuthenticationPrincipal CurrentPrincipal principal,
			@RequestBody Map<String, @Nullable Boolean> changes) {
		return this.settings.updatePracticeDefaults(principal, changes);
	}

}
