package com.claimstream.client;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import com.claimstream.practice.ClientPortalSettings;
import com.claimstream.practice.PortalSettings;
import com.claimstream.practice.PracticeService;
import com.claimstream.security.CurrentPrincipal;

/**
 * A client's portal settings: the practice sets overrides on the client detail, the
 * client portal reads what each connected practice allows. The client is resolved here,
 * within the principal's practice or account, before {@link PortalSettings} is asked.
 */
@Service
class ClientPortalSettingsService {

	private final ClientRepository clients;

	private final PortalSettings settings;

	private final PracticeService practices;

	ClientPortalSettingsService(ClientRepository clients, PortalSettings settings, PracticeService practices) {
		this.clients = clients;
		this.settings = settings;
		this.practices = practices;
	}

	Mono<ClientPortalSettings> forClient(CurrentPrincipal principal, UUID clientId) {
		return client(principal, clientId)
			.flatMap((client) -> this.settings.forClient(client.practiceId(), client.id()));
	}

	Mono<ClientPortalSettings> override(CurrentPrincipal principal, UUID clientId,
			Map<String, @Nullable String> overrides) {
		return client(principal, clientId)
			.flatMap((client) -> this.settings.overrideForClient(client.practiceId(), client.id(), overrides));
	}

	/** What each practice the client is connected to allows in the portal. */
	Flux<PortalSettingsOfPractice> forPortal(CurrentPrincipal principal) {
		return this.clients.findByAccount(principal.accountId())
			.filter((client) -> client.status() == ClientStatus.CONNECTED)
			.concatMap((client) -> this.practices.nameOf(client.practiceId())
				.zipWith(this.settings.effectiveFor(client.practiceId(), client.id()))
				.map((both) -> new PortalSettingsOfPractice(client.id(), both.getT1(), both.getT2())));
	}

	private Mono<Client> client(CurrentPrincipal principal, UUID clientId) {
		return this.clients.find(ClientScope.of(principal), clientId).switchIfEmpty(ClientService.notFound());
	}

	record PortalSettingsOfPractice(UUID clientId, String practiceName, Map<String, Boolean> settings) {
	}

}
