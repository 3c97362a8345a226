package com.claimstream.client;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.invitation.InvitationOutcomes;
import com.claimstream.invitation.InvitationRequest;
import com.claimstream.invitation.InvitationService;
import com.claimstream.invitation.InvitationView;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.Role;
import com.claimstream.stream.Audience;
import com.claimstream.stream.EventLog;
import com.claimstream.stream.NewEvent;
import com.claimstream.stream.PastEvent;

/**
 * The clients of a practice. Every use case is scoped by the principal's
 * {@link ClientScope}; a client of another practice, or another clinician's client for a
 * clinician, is answered exactly like one that does not exist.
 */
@Service
public class ClientService implements InvitationOutcomes {

	private final ClientRepository clients;

	private final ClientRules rules;

	private final ClientViews views;

	private final InvitationService invitations;

	private final ContactService contacts;

	private final EventLog events;

	private final TransactionalOperator transaction;

	private final Clock clock;

	private final ClientDirectory directory;

	private final ObjectProvider<PaymentTypeGate> paymentTypes;

	ClientService(ClientRepository clients, ClientRules rules, ClientViews views, InvitationService invitations,
			ContactService contacts, EventLog events, TransactionalOperator transaction, Clock clock,
			ClientDirectory directory, ObjectProvider<PaymentTypeGate> paymentTypes) {
		this.clients = clients;
		this.rules = rules;
		this.views = views;
		this.invitations = invitations;
		this.contacts = contacts;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
		this.directory = directory;
		this.paymentTypes = paymentTypes;
	}

	/**
	 * Adds a client and sends their invitation, unless the email is already a client
	 * here.
	 */
	public Mono<ClientResponse> add(CurrentPrincipal principal, ClientProfile request) {
		ClientScope scope = ClientScope.of(principal);
		UUID practiceId = scope.practiceId();
		ClientProfile profile = defaultClinician(principal, request.normalized());
		Instant now = this.clock.instant();
		Client client = new Client(UUID.randomUUID(), practiceId, profile, ClientStatus.INVITED, null, now, now, now);
		return this.rules.validate(scope, profile)
			.then(paymentTypeAllowed(practiceId, client.id(), profile))
			.then(existing(practiceId, profile.email(), null))
			.then(this.transaction
				.transactional(this.clients.insert(client).then(announce("client.added", client)).then(invite(client))))
			.onErrorResume(DataIntegrityViolationException.class,
					(ex) -> existing(practiceId, profile.email(), null).then(Mono.error(ex)))
			.flatMap((invitation) -> this.views.detail(client, invitation));
	}

	/**
	 * Replaces the client's profile; the activity timeline records who changed which
	 * fields (names only: the values may be PHI and events reach live streams). A new
	 * email of an invited client gets the invitation, the old link revoked; a clinician
	 * the client was taken from is told live, since the edit's own event no longer
	 * reaches them.
	 */
	public Mono<ClientResponse> edit(CurrentPrincipal principal, UUID clientId, ClientProfile request) {
		ClientScope scope = ClientScope.of(principal);
		ClientProfile profile = request.normalized();
		return this.transaction.transactional(lock(scope, clientId).flatMap((client) -> {
			if (client.status() == ClientStatus.REMOVED) {
				return Mono.error(ClientStatus.removed());
			}
			List<String> changed = client.profile().changedFields(profile);
			if (changed.isEmpty()) {
				return Mono.just(client);
			}
			Instant now = this.clock.instant();
			return this.rules.validate(scope, profile)
				.then(changed.contains("paymentType") ? paymentTypeAllowed(client.practiceId(), client.id(), profile)
						: Mono.empty())
				.then(existing(client.practiceId(), profile.email(), client.id()))
				.then(this.clients.updateProfile(client.id(), profile, now))
				.then(reassignedAway(client, profile))
				.then(this.events.append(new NewEvent("client.edited", client.practiceId(),
						Audience.client(client.id(), profile.clinicianId()).andClientAccount(client.clientAccountId()),
						"client", client.id(),
						Map.of("clientId", client.id(), "status", client.status().wire(), "fields", changed, "editedBy",
								principal.accountId()))))
				.then(Mono.defer(() -> newAddress(client, profile, now)));
		})).flatMap(this::detail);
	}

	/** The edited client; an invited client's new email gets the invitation anew. */
	private Mono<Client> newAddress(Client client, ClientProfile profile, Instant now) {
		Client edited = new Client(client.id(), client.practiceId(), profile, client.status(), client.clientAccountId(),
				client.createdAt(), now, now);
		boolean resend = client.status() == ClientStatus.INVITED && !client.profile().email().equals(profile.email());
		return resend ? invite(edited).thenReturn(edited) : Mono.just(edited);
	}

	/**
	 * Tells the clinician the client was assigned to before that it left them (an event
	 * only they, administrators and staff see: ids only), so their list and open pages
	 * drop the client at once.
	 */
	private Mono<Void> reassignedAway(Client client, ClientProfile edited) {
		UUID previous = client.profile().clinicianId();
		if (previous == null || previous.equals(edited.clinicianId())) {
			return Mono.empty();
		}
		return this.events
			.append(new NewEvent("client.reassigned", client.practiceId(), Audience.client(client.id(), previous),
					"client", client.id(), Map.of("clientId", client.id(), "status", client.status().wire())));
	}

	public Mono<ClientPage> list(CurrentPrincipal principal, ClientQuery query) {
		ClientScope scope = ClientScope.of(principal);
		return this.clients.list(scope, query)
			.collectList()
			.flatMap((rows) -> this.views.page(scope.practiceId(), rows, query));
	}

	/** How many clients the member sees in each status, every status present. */
	public Mono<Map<String, Long>> counts(CurrentPrincipal principal) {
		return this.clients.countByStatus(ClientScope.of(principal)).map((found) -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			for (ClientStatus status : ClientStatus.values()) {
				counts.put(status.wire(), found.getOrDefault(status.wire(), 0L));
			}
			return counts;
		});
	}

	public Mono<ClientResponse> get(CurrentPrincipal principal, UUID clientId) {
		return find(principal, clientId).flatMap(this::detail);
	}

	/**
	 * Pins the client to the top of this member's list; other members' lists stay as they
	 * are.
	 */
	public Mono<Void> pin(CurrentPrincipal principal, UUID clientId) {
		return find(principal, clientId)
			.flatMap((client) -> this.clients.pin(principal.accountId(), client.id(), this.clock.instant()));
	}

	public Mono<Void> unpin(CurrentPrincipal principal, UUID clientId) {
		return find(principal, clientId).flatMap((client) -> this.clients.unpin(principal.accountId(), client.id()));
	}

	/** Hides a connected client from the list until unarchived. */
	public Mono<ClientResponse> archive(CurrentPrincipal principal, UUID clientId) {
		return moveTo(principal, clientId, ClientStatus.ARCHIVED);
	}

	public Mono<ClientResponse> unarchive(CurrentPrincipal principal, UUID clientId) {
		return moveTo(principal, clientId, ClientStatus.CONNECTED);
	}

	private Mono<ClientResponse> moveTo(CurrentPrincipal principal, UUID clientId, ClientStatus next) {
		return this.transaction
			.transactional(lock(ClientScope.of(principal), clientId)
				.flatMap((client) -> changeStatus(client, next, null, "client.updated").thenReturn(client.id())))
			.flatMap((id) -> get(principal, id));
	}

	private Mono<ClientResponse> detail(Client client) {
		return this.invitations.latest(client.practiceId(), client.id())
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((invitation) -> this.views.detail(client, invitation.orElse(null)));
	}

	/**
	 * Who sees events about a client the principal may see (removed clients included:
	 * their history stays readable); not found outside the principal's scope. For
	 * features that keep data about a client (coding, insurance).
	 */
	public Mono<Audience> audience(CurrentPrincipal principal, UUID clientId) {
		return find(principal, clientId).map(Client::audience);
	}

	/**
	 * The same for a change: the client row stays locked until the caller's transaction
	 * ends (so a reassignment cannot pass the change's event), and a removed client is
	 * refused.
	 */
	public Mono<Audience> lockForChange(CurrentPrincipal principal, UUID clientId) {
		return lock(ClientScope.of(principal), clientId).flatMap((client) -> (client.status() == ClientStatus.REMOVED)
				? Mono.error(ClientStatus.removed()) : Mono.just(client.audience()));
	}

	public Flux<PastEvent> activity(CurrentPrincipal principal, UUID clientId) {
		return find(principal, clientId)
			.flatMapMany((client) -> this.events.clientHistory(client.practiceId(), client.id()));
	}

	/**
	 * Removes the client: no more invitations; their history stays readable by the
	 * practice.
	 */
	public Mono<Void> remove(CurrentPrincipal principal, UUID clientId) {
		return this.transaction.transactional(lock(ClientScope.of(principal), clientId)
			.flatMap((client) -> changeStatus(client, ClientStatus.REMOVED, null, "client.removed")
				.then(this.invitations.revokeAll(client.practiceId(), client.id()))));
	}

	/** Sends a new link; the previous one stops working. */
	public Mono<InvitationView> resendInvitation(CurrentPrincipal principal, UUID clientId) {
		return this.transaction.transactional(lock(ClientScope.of(principal), clientId)
			.flatMap((client) -> (client.status() == ClientStatus.INVITED) ? invite(client)
					: changeStatus(client, ClientStatus.INVITED, null, "client.updated").then(invite(client))));
	}

	public Mono<InvitationView> revokeInvitation(CurrentPrincipal principal, UUID clientId) {
		return this.transaction.transactional(lock(ClientScope.of(principal), clientId)
			.flatMap((client) -> this.invitations.revoke(client.practiceId(), client.id())
				.then(this.invitations.latest(client.practiceId(), client.id()))));
	}

	/**
	 * The client records a signed-in client account may open in the portal: their own at
	 * every practice they are connected to (not removed), then those they act for as a
	 * contact.
	 */
	public Flux<ClientConnection> connections(CurrentPrincipal principal) {
		return this.directory.portalRecords(principal.accountId())
			.concatMap((record) -> this.views.connection(record.client(), record.acting()));
	}

	/**
	 * One of those records, the scope of every portal request about a practice; any other
	 * id is answered as not found.
	 */
	public Mono<ClientConnection> connection(CurrentPrincipal principal, UUID clientId) {
		return this.directory.portalRecord(principal.accountId(), clientId)
			.flatMap((record) -> this.views.connection(record.client(), record.acting()));
	}

	/**
	 * The client for another feature (insurance, say), as this principal may reach it: a
	 * member within their {@link ClientScope}, a client account (or a contact acting for
	 * the client) through its portal records. Anything else answers like a random id. To
	 * change the client's data, {@code forChange} locks the row (so a reassignment cannot
	 * pass the event) and refuses a removed client.
	 */
	public Mono<ClientRef> reference(CurrentPrincipal principal, UUID clientId, boolean forChange) {
		Mono<Client> client;
		if (principal.isPracticeMember()) {
			ClientScope scope = ClientScope.of(principal);
			client = forChange ? lock(scope, clientId) : find(principal, clientId);
		}
		else {
			Mono<Client> record = this.directory.portalRecord(principal.accountId(), clientId)
				.map(ClientDirectory.PortalRecord::client);
			client = forChange ? record.flatMap((found) -> this.clients.lock(found.practiceId(), found.id())) : record;
		}
		return client.flatMap((found) -> (forChange && found.status() == ClientStatus.REMOVED)
				? Mono.error(ClientStatus.removed()) : Mono.just(ClientRef.of(found)));
	}

	@Override
	public Mono<Audience> audience(UUID practiceId, UUID clientId) {
		return this.clients.lock(practiceId, clientId).map(Client::audience);
	}

	@Override
	public Mono<Void> contactAccepted(UUID practiceId, UUID clientId, UUID contactId, UUID contactAccountId) {
		return this.contacts.accepted(practiceId, clientId, contactId, contactAccountId);
	}

	@Override
	public Mono<Void> accepted(UUID practiceId, UUID clientId, UUID clientAccountId) {
		return this.clients.lock(practiceId, clientId)
			.flatMap((client) -> changeStatus(client, ClientStatus.CONNECTED, clientAccountId, "client.updated"));
	}

	@Override
	public Mono<Void> declined(UUID practiceId, UUID clientId) {
		return this.clients.lock(practiceId, clientId)
			.flatMap((client) -> changeStatus(client, ClientStatus.DECLINED, null, "client.updated"));
	}

	@Override
	public Mono<Void> expired(UUID practiceId, UUID clientId) {
		return this.clients.lock(practiceId, clientId)
			.filter((client) -> client.status() == ClientStatus.INVITED)
			.flatMap((client) -> changeStatus(client, ClientStatus.EXPIRED, null, "client.updated"));
	}

	private Mono<Void> changeStatus(Client client, ClientStatus next, @Nullable UUID clientAccountId, String kind) {
		ClientStatus status = client.status().moveTo(next);
		UUID account = (clientAccountId != null) ? clientAccountId : client.clientAccountId();
		return this.clients.updateStatus(client.id(), status, clientAccountId, this.clock.instant())
			.then(this.events
				.append(new NewEvent(kind, client.practiceId(), client.audience().andClientAccount(account), "client",
						client.id(), Map.of("clientId", client.id(), "status", status.wire()))));
	}

	private Mono<Void> announce(String kind, Client client) {
		return this.events.append(
				new NewEvent(kind, client.practiceId(), client.audience().andClientAccount(client.clientAccountId()),
						"client", client.id(), Map.of("clientId", client.id(), "status", client.status().wire())));
	}

	private Mono<InvitationView> invite(Client client) {
		return this.views.inviter(client)
			.flatMap((inviter) -> this.invitations
				.send(new InvitationRequest(client.practiceId(), client.id(), client.profile().email(),
						client.profile().firstName(), inviter.practiceName(), inviter.clinicianName())));
	}

	/**
	 * A 409 naming the client who already has this email, unless that is {@code self}.
	 */
	private Mono<Void> existing(UUID practiceId, String email, @Nullable UUID self) {
		return this.clients.findActiveByEmail(practiceId, email)
			.filter((found) -> !found.id().equals(self))
			.flatMap((found) -> Mono.error(new ProblemException(Problem.CLIENT_EXISTS,
					"A client with this email already exists in the practice",
					Map.of("existingClientId", found.id(), "existingClientName", found.displayName()))));
	}

	private Mono<Client> find(CurrentPrincipal principal, UUID clientId) {
		return this.clients.find(ClientScope.of(principal), clientId).switchIfEmpty(notFound());
	}

	private Mono<Client> lock(ClientScope scope, UUID clientId) {
		return this.clients.lock(scope, clientId).switchIfEmpty(notFound());
	}

	/**
	 * A payment type other than self-pay needs the client to be eligible for it (PRODUCT
	 * §9).
	 */
	private Mono<Void> paymentTypeAllowed(UUID practiceId, UUID clientId, ClientProfile profile) {
		PaymentType type = PaymentType.fromWire(profile.paymentType()).orElse(PaymentType.SELF_PAY);
		return (type == PaymentType.SELF_PAY) ? Mono.empty()
				: this.paymentTypes.getObject().requireEligible(practiceId, clientId, type);
	}

	private static ClientProfile defaultClinician(CurrentPrincipal principal, ClientProfile profile) {
		boolean treats = principal.role() == Role.CLINICIAN || principal.role() == Role.PRACTICE_ADMIN;
		return (profile.clinicianId() == null && treats) ? profile.withClinician(principal.accountId()) : profile;
	}

	static <T> Mono<T> notFound() {
		return Mono.error(() -> new ProblemException(Problem.NOT_FOUND, "Not found"));
	}

}
