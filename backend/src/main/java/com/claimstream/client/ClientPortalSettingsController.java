package com.claimstream.client;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.claimstream.practice.ClientPortalSettings;
import com.claimstream.security.CurrentPrincipal;

@RestController
class ClientPortalSettingsController {

	private final ClientPortalSettingsService settings;

	ClientPortalSettingsController(ClientPortalSettingsService settings) {
		this.settings = settings;
	}

	@GetMapping("/api/clients/{clientId}/portal-settings")
	Mono<ClientPortalSettings> forClient(@AuthenticationPrincipal CurrentPrincipal principal,
			@PathVariable UUID clientId) {
		return this.settings.forClient(principal, clientId);
	}

	@PutMapping("/api/clients/{clientId}/portal-settings")
	Mono<ClientPortalSettings> override(@AuthenticationPrincipal CurrentPrincipal principal,
			@PathVariable UUID clientId, @RequestBody Map<String, @Nullable String> overrides) {
		return this.settings.override(principal, clientId, overrides);
	}

	@GetMapping("/api/portal/portal-settings")
	Flux<ClientPortalSettingsService.PortalSettingsOfPractice> forPortal(
			@AuthenticationPrincipal CurrentPrincipal principal) {
		return this.settings.forPortal(principal);
	}

}
