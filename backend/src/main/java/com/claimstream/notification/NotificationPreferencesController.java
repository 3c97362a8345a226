package com.claimstream.notification;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.claimstream.security.CurrentPrincipal;

/** A signed-in client's notification settings. */
@RestController
class NotificationPreferencesController {

	private final NotificationPreferences preferences;

	NotificationPreferencesController(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/api/portal/notification-preferences")
	Mono<NotificationPreferencesView> preferences(@AuthenticationPrincipal CurrentPrincipal principal) {
		return this.preferences.view(principal.accountId());
	}

	@PutMapping("/api/portal/notification-preferences")
	Mono<NotificationPreferencesView> update(@AuthenticationPrincipal CurrentPrincipal principal,
			@Valid @RequestBody NotificationPreferencesUpdate update) {
		return this.preferences.update(principal.accountId(), update);
	}

}
