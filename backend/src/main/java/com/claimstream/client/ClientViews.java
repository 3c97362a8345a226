package com.claimstream.client;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.claimstream.invitation.InvitationView;
import com.claimstream.practice.PracticeService;
import com.claimstream.security.AccountService;
import com.claimstream.security.AccountSummary;

/**
 * Turns client rows into what screens read, with clinician and practice names looked up
 * once per page rather than once per row.
 */
@Component
class ClientViews {

	private final AccountService accounts;

	private final PracticeService practices;

	/** Provided lazily: the payments feature depends on this one's services. */
	private final ObjectProvider<DefaultPaymentMethods> paymentMethods;

	ClientViews(AccountService accounts, PracticeService practices,
			ObjectProvider<DefaultPaymentMethods> paymentMethods) {
		this.accounts = accounts;
		this.practices = practices;
		this.paymentMethods = paymentMethods;
	}

	Mono<ClientResponse> detail(Client client, @Nullable InvitationView invitation) {
		return clinicians(Collections.singleton(client.profile().clinicianId()))
			.map((names) -> new ClientResponse(client.id(), client.status().wire(), client.profile(),
					ref(names, client.profile().clinicianId()), client.createdAt(), client.updatedAt(), invitation));
	}

	Mono<ClientPage> page(UUID practiceId, List<ClientRepository.ListedClient> rows, ClientQuery query) {
		long total = rows.isEmpty() ? 0 : rows.get(0).total();
		List<@Nullable UUID> clinicianIds = rows.stream().map((row) -> row.client().profile().clinicianId()).toList();
		List<UUID> clientIds = rows.stream().map((row) -> row.client().id()).toList();
		return clinicians(clinicianIds).zipWith(this.paymentMethods.getObject().of(practiceId, clientIds))
			.map((found) -> new ClientPage(
					rows.stream().map((row) -> summary(row, found.getT1(), found.getT2())).toList(), query.page(),
					query.size(), total, (total + query.size() - 1) / query.size()));
	}

	Mono<Optional<String>> clinicianName(@Nullable UUID clinicianId) {
		return clinicians(Collections.singleton(clinicianId))
			.map((names) -> Optional.ofNullable(names.get(clinicianId)));
	}

	/** Who an invitation of this client's record comes from. */
	Mono<Inviter> inviter(Client client) {
		return this.practices.nameOf(client.practiceId())
			.zipWith(clinicianName(client.profile().clinicianId()))
			.map((names) -> new Inviter(names.getT1(), names.getT2().orElse(null)));
	}

	/**
	 * The client's record as their portal shows it; {@code acting} when the viewer is a
	 * contact acting for the client.
	 */
	Mono<ClientConnection> connection(Client client, boolean acting) {
		String firstName = (client.profile().preferredName() != null) ? client.profile().preferredName()
				: client.profile().firstName();
		return inviter(client)
			.map((inviter) -> new ClientConnection(client.id(), inviter.practiceName(), inviter.clinicianName(),
					client.status().wire(), (client.status() == ClientStatus.CONNECTED) ? client.updatedAt() : null,
					acting ? firstName : null, client.profile().dateOfBirth()));
	}

	record Inviter(String practiceName, @Nullable String clinicianName) {
	}

	private static ClientSummary summary(ClientRepository.ListedClient row, Map<UUID, String> names,
			Map<UUID, PaymentMethodSummary> cards) {
		Client client = row.client();
		ClientProfile p = client.profile();
		return new ClientSummary(client.id(), p.firstName(), p.lastName(), p.preferredName(), p.email(),
				client.status().wire(), ref(names, p.clinicianId()), cards.get(client.id()), p.paymentType(),
				client.lastActivityAt(), row.pinned());
	}

	private static @Nullable ClinicianRef ref(Map<UUID, String> names, @Nullable UUID clinicianId) {
		return (clinicianId != null && names.containsKey(clinicianId))
				? new ClinicianRef(clinicianId, names.get(clinicianId)) : null;
	}

	private Mono<Map<UUID, String>> clinicians(Collection<@Nullable UUID> ids) {
		List<UUID> known = ids.stream().filter(Objects::nonNull).distinct().toList();
		return this.accounts.summaries(known).collectMap(AccountSummary::id, AccountSummary::name);
	}

}
