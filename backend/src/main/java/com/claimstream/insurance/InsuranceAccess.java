package com.claimstream.insurance;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import com.claimstream.client.ClientRef;
import com.claimstream.client.ClientService;
import com.claimstream.practice.PortalSettings;
import com.claimstream.practice.PortalToggle;
import com.claimstream.security.CurrentPrincipal;

/**
 * Who may see and change a client's insurance: members as they see the client (a
 * clinician only their own clients; staff and administrators all), the client in the
 * portal only while the practice shows insurance there, and changes only while it lets
 * clients edit it (PRODUCT §5). Enforced here, for every route, not only by hiding
 * buttons.
 */
@Component
class InsuranceAccess {

	private final ClientService clients;

	private final PortalSettings portalSettings;

	InsuranceAccess(ClientService clients, PortalSettings portalSettings) {
		this.clients = clients;
		this.portalSettings = portalSettings;
	}

	Mono<ClientRef> toRead(CurrentPrincipal principal, UUID clientId) {
		return this.clients.reference(principal, clientId, false)
			.flatMap((client) -> portal(principal, client, PortalToggle.SHOW_INSURANCE).thenReturn(client));
	}

	/** The client, locked, when the principal may change its insurance. */
	Mono<ClientRef> toChange(CurrentPrincipal principal, UUID clientId) {
		return this.clients.reference(principal, clientId, true)
			.flatMap((client) -> portal(principal, client, PortalToggle.SHOW_INSURANCE)
				.then(portal(principal, client, PortalToggle.EDIT_INSURANCE))
				.thenReturn(client));
	}

	/** The client for its own portal data (the reimbursement account): no toggle. */
	Mono<ClientRef> own(CurrentPrincipal principal, UUID clientId, boolean forChange) {
		return this.clients.reference(principal, clientId, forChange);
	}

	private Mono<Void> portal(CurrentPrincipal principal, ClientRef client, PortalToggle toggle) {
		return principal.isPracticeMember() ? Mono.empty()
				: this.portalSettings.require(client.practiceId(), client.clientId(), toggle);
	}

}
