package com.claimstream.client;

import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.claimstream.security.CurrentPrincipal;

/**
 * What a signed-in client sees of their practices.
 */
@RestController
class PortalController {

	private final ClientService clients;

	PortalController(ClientService clients) {
		this.clients = clients;
	}

	@GetMapping("/api/portal/connections")
	Flux<ClientConnection> connections(@AuthenticationPrincipal CurrentPrincipal principal) {
		return this.clients.connections(principal);
	}

	/**
	 * The selected practice's record: every portal page about a practice reads through
	 * it.
	 */
	@GetMapping("/api/portal/connections/{clientId}")
	Mono<ClientConnection> connection(@AuthenticationPrincipal CurrentPrincipal principal,
			@PathVariable UUID clientId) {
		return this.clients.connection(principal, clientId);
	}

}
