package com.claimstream.client;

import reactor.core.publisher.Flux;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
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

}
