package com.claimstream.client;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import com.claimstream.stream.EventLog;
import com.claimstream.stream.NewEvent;

/**
 * Client records for other features' background work (by practice and id), a client's
 * payment type once the benefits feature found it eligible, and the portal records of a
 * client account ({@link ClientService#reference} resolves a principal's client).
 */
@Service
public class ClientDirectory {

	private final ClientRepository clients;

	private final ContactService contacts;

	private final EventLog events;

	private final Clock clock;

	ClientDirectory(ClientRepository clients, ContactService contacts, EventLog events, Clock clock) {
		this.clients = clients;
		this.contacts = contacts;
		this.events = events;
		this.clock = clock;
	}

	/** A client of the practice (background work). */
	public Mono<ClientRef> find(UUID practiceId, UUID clientId) {
		return this.clients.find(practiceId, clientId).switchIfEmpty(ClientService.notFound()).map(ClientRef::of);
	}

	/**
	 * What the practice recorded about a client (background work: a claim's patient
	 * address, date of birth and sex).
	 */
	public Mono<ClientProfile> profile(UUID practiceId, UUID clientId) {
		return this.clients.find(practiceId, clientId).switchIfEmpty(ClientService.notFound()).map(Client::profile);
	}

	/** A client of the practice, locked until the transaction ends (background work). */
	public Mono<ClientRef> lock(UUID practiceId, UUID clientId) {
		return this.clients.lock(practiceId, clientId).switchIfEmpty(ClientService.notFound()).map(ClientRef::of);
	}

	/**
	 * Records the client's payment type, once the benefits feature found it eligible; a
	 * removed client is refused.
	 */
	public Mono<ClientRef> changePaymentType(ClientRef client, PaymentType type, UUID changedBy) {
		return this.clients.lock(client.practiceId(), client.clientId()).flatMap((locked) -> {
			if (locked.status() == ClientStatus.REMOVED) {
				return Mono.error(ClientStatus.removed());
			}
			ClientRef current = ClientRef.of(locked);
			if (current.paymentType() == type) {
				return Mono.just(current);
			}
			return this.clients.updatePaymentType(locked.id(), type.wire(), this.clock.instant())
				.then(this.events.append(
						new NewEvent("client.edited", locked.practiceId(), current.audience(), "client", locked.id(),
								Map.of("clientId", locked.id(), "status", locked.status().wire(), "fields",
										List.of("paymentType"), "editedBy", changedBy))))
				.then(lock(locked.practiceId(), locked.id()));
		});
	}

	/**
	 * The client records an account may open in the portal: their own at every practice
	 * (not removed), then those they act for as a contact.
	 */
	Flux<PortalRecord> portalRecords(UUID accountId) {
		Flux<PortalRecord> own = this.clients.findByAccount(accountId)
			.filter((client) -> client.status() != ClientStatus.REMOVED)
			.map((client) -> new PortalRecord(client, false));
		Flux<PortalRecord> actedFor = this.contacts.actedForBy(accountId)
			.map((client) -> new PortalRecord(client, true));
		return Flux.concat(own, actedFor).distinct((record) -> record.client().id());
	}

	/** One of them; any other id is answered as not found. */
	Mono<PortalRecord> portalRecord(UUID accountId, UUID clientId) {
		// every row is read: a query cancelled half-read inside the request's transaction
		// leaves its connection unusable (the audit log's transaction spans PHI requests)
		return portalRecords(accountId).filter((record) -> record.client().id().equals(clientId))
			.collectList()
			.flatMap((records) -> records.isEmpty() ? ClientService.notFound() : Mono.just(records.get(0)));
	}

	record PortalRecord(Client client, boolean acting) {
	}

}
