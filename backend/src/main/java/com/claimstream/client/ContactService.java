package com.claimstream.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.practice.PortalSettings;
import com.claimstream.practice.PortalToggle;
import com.claimstream.invitation.InvitationRequest;
import com.claimstream.invitation.InvitationService;
import com.claimstream.invitation.InvitationView;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.stream.EventLog;
import com.claimstream.stream.NewEvent;

/**
 * A client's contacts (guardians). A contact with portal access is invited to the
 * client's record with the client's own invitation mechanics and, once accepted, acts for
 * the client in the portal, as long as the client is a minor and the practice allows it.
 */
@Service
public class ContactService {

	/** Contacts act for clients younger than this. */
	static final int ADULT_AGE = 18;

	private final ContactRepository contacts;

	private final ClientRepository clients;

	private final ClientViews views;

	private final InvitationService invitations;

	private final PortalSettings portalSettings;

	private final EventLog events;

	private final TransactionalOperator transaction;

	private final Clock clock;

	ContactService(ContactRepository contacts, ClientRepository clients, ClientViews views,
			InvitationService invitations, PortalSettings portalSettings, EventLog events,
			TransactionalOperator transaction, Clock clock) {
		this.contacts = contacts;
		this.portalSettings = portalSettings;
		this.clients = clients;
		this.views = views;
		this.invitations = invitations;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	public Flux<ContactResponse> list(CurrentPrincipal principal, UUID clientId) {
		return this.clients.find(ClientScope.of(principal), clientId)
			.switchIfEmpty(ClientService.notFound())
			.flatMapMany((client) -> this.contacts.findByClient(client.practiceId(), client.id()))
			.concatMap(this::view);
	}

	/** Adds a contact; one with portal access is emailed an invitation. */
	public Mono<ContactResponse> add(CurrentPrincipal principal, UUID clientId, ContactRequest request) {
		ContactRequest details = request.normalized();
		return this.transaction.transactional(lockClient(principal, clientId).flatMap((client) -> {
			ClientContact contact = new ClientContact(UUID.randomUUID(), client.practiceId(), client.id(), details,
					null, this.clock.instant());
			Mono<Optional<InvitationView>> invitation = details.portalAccess()
					? invite(client, contact).map(Optional::of) : Mono.just(Optional.empty());
			return (details.portalAccess() ? requirePortalAccessAllowed(client) : Mono.<Void>empty())
				.then(this.contacts.insert(contact))
				.then(announce("contact.added", client, contact))
				.then(invitation)
				.map((sent) -> ContactResponse.of(contact, sent.orElse(null)));
		}));
	}

	/**
	 * Gives the contact portal access with a new invitation (any earlier link stops
	 * working).
	 */
	public Mono<ContactResponse> grantAccess(CurrentPrincipal principal, UUID clientId, UUID contactId) {
		return this.transaction.transactional(lockClient(principal, clientId)
			.flatMap((client) -> lockContact(client, contactId).flatMap((contact) -> {
				ClientContact granted = withAccess(contact, true);
				return requirePortalAccessAllowed(client)
					.then(this.contacts.updateAccess(contact.id(), true, null, this.clock.instant()))
					.then(announce("contact.access_granted", client, granted))
					.then(invite(client, granted))
					.map((invitation) -> ContactResponse.of(granted, invitation));
			})));
	}

	/**
	 * Ends the contact's portal access at once: their open link and their acting for the
	 * client.
	 */
	public Mono<ContactResponse> revokeAccess(CurrentPrincipal principal, UUID clientId, UUID contactId) {
		return this.transaction.transactional(lockClient(principal, clientId)
			.flatMap((client) -> lockContact(client, contactId).flatMap((contact) -> {
				ClientContact revoked = withAccess(contact, false);
				return this.contacts.updateAccess(contact.id(), false, null, this.clock.instant())
					.then(this.invitations.revokeContact(client.practiceId(), client.id(), contact.id()))
					.then(announce("contact.access_revoked", client, revoked))
					.then(view(revoked));
			})));
	}

	/**
	 * Replaces the contact's details; the timeline records which fields changed (names
	 * only). Portal access turned on or off works as granting or revoking it, and a new
	 * email while the contact is invited (not yet connected) sends the invitation to the
	 * new address, the old link revoked.
	 */
	public Mono<ContactResponse> edit(CurrentPrincipal principal, UUID clientId, UUID contactId,
			ContactRequest request) {
		ContactRequest details = request.normalized();
		return this.transaction
			.transactional(lockClient(principal, clientId).flatMap((client) -> lockContact(client, contactId)
				.flatMap((contact) -> edit(principal, client, contact, details))));
	}

	private Mono<ContactResponse> edit(CurrentPrincipal principal, Client client, ClientContact contact,
			ContactRequest details) {
		ContactRequest before = contact.details();
		List<String> changed = ChangedFields.between(before, details);
		if (changed.isEmpty()) {
			return view(contact);
		}
		boolean access = details.portalAccess();
		boolean newLink = access
				&& (!before.portalAccess() || (contact.accountId() == null && !before.email().equals(details.email())));
		ClientContact edited = new ClientContact(contact.id(), contact.practiceId(), contact.clientId(), details,
				access ? contact.accountId() : null, contact.createdAt());
		Mono<Void> allowed = newLink ? requirePortalAccessAllowed(client) : Mono.empty();
		Mono<Void> linkEnded = access ? Mono.empty()
				: this.invitations.revokeContact(client.practiceId(), client.id(), contact.id());
		Mono<ContactResponse> answer = newLink ? invite(client, edited).map((sent) -> ContactResponse.of(edited, sent))
				: view(edited);
		NewEvent event = new NewEvent("contact.edited", client.practiceId(),
				client.audience().andClientAccount(contact.accountId()), "contact", contact.id(),
				Map.of("clientId", client.id(), "contactId", contact.id(), "portalAccess", access, "fields", changed,
						"editedBy", principal.accountId()));
		return allowed.then(this.contacts.update(edited, this.clock.instant()))
			.then(linkEnded)
			.then(this.events.append(event))
			.then(answer);
	}

	/**
	 * Removes the contact from the client's record; their open link and their acting for
	 * the client end at once (the next portal request is refused, their pages learn it
	 * live). The history stays.
	 */
	public Mono<Void> remove(CurrentPrincipal principal, UUID clientId, UUID contactId) {
		return this.transaction
			.transactional(lockClient(principal, clientId).flatMap((client) -> lockContact(client, contactId)
				.flatMap((contact) -> this.contacts.remove(contact.id(), this.clock.instant())
					.then(this.invitations.revokeContact(client.practiceId(), client.id(), contact.id()))
					.then(this.events.append(new NewEvent("contact.removed", client.practiceId(),
							client.audience().andClientAccount(contact.accountId()), "contact", contact.id(),
							Map.of("clientId", client.id(), "contactId", contact.id(), "removedBy",
									principal.accountId())))))));
	}

	/**
	 * Whether the practice lets this client's contacts use the portal (PRODUCT §5,
	 * "client-contact (guardian) access", a practice toggle with per-client overrides).
	 * The one place the setting is read: both granting access and every portal request
	 * acting for the client ask it.
	 */
	Mono<Boolean> guardianAccessAllowed(UUID practiceId, UUID clientId) {
		return this.portalSettings.isEnabled(practiceId, clientId, PortalToggle.GUARDIAN_ACCESS);
	}

	/** The clients a contact's account may act for now. */
	Flux<Client> actedForBy(UUID contactAccountId) {
		return this.clients.findActedForBy(contactAccountId)
			.filter(this::isMinor)
			.filterWhen((client) -> guardianAccessAllowed(client.practiceId(), client.id()));
	}

	/** The contact accepted their invitation: their account now acts for the client. */
	Mono<Void> accepted(UUID practiceId, UUID clientId, UUID contactId, UUID contactAccountId) {
		return this.contacts.lock(practiceId, clientId, contactId)
			.filter((contact) -> contact.details().portalAccess())
			.flatMap((contact) -> this.contacts.updateAccess(contactId, true, contactAccountId, this.clock.instant())
				.then(this.clients.lock(practiceId, clientId))
				.flatMap((client) -> this.events.append(new NewEvent("contact.connected", practiceId,
						client.audience().andClientAccount(contactAccountId), "contact", contactId,
						Map.of("clientId", clientId, "contactId", contactId)))));
	}

	private Mono<Void> requirePortalAccessAllowed(Client client) {
		if (client.profile().dateOfBirth() == null) {
			return Mono.error(ProblemException.onField(Problem.CLIENT_NOT_MINOR, "portalAccess",
					"Add the client's date of birth first: portal access for a contact is only for a client under "
							+ ADULT_AGE));
		}
		if (!isMinor(client)) {
			return Mono.error(ProblemException.onField(Problem.CLIENT_NOT_MINOR, "portalAccess",
					client.profile().firstName() + " is " + ADULT_AGE
							+ " or older: portal access for a contact is only for a client under " + ADULT_AGE));
		}
		return guardianAccessAllowed(client.practiceId(), client.id()).filter((allowed) -> !allowed)
			.flatMap((off) -> Mono.error(ProblemException.onField(Problem.GUARDIAN_ACCESS_OFF, "portalAccess",
					"Client-contact (guardian) access is turned off for this client in the portal settings")));
	}

	private boolean isMinor(Client client) {
		LocalDate born = client.profile().dateOfBirth();
		return born != null && born.plusYears(ADULT_AGE).isAfter(LocalDate.now(this.clock));
	}

	private Mono<InvitationView> invite(Client client, ClientContact contact) {
		return this.views.inviter(client)
			.flatMap((inviter) -> this.invitations.send(new InvitationRequest(client.practiceId(), client.id(),
					contact.details().email(), contact.details().name(), inviter.practiceName(),
					inviter.clinicianName(), contact.id(), client.profile().firstName())));
	}

	private Mono<ContactResponse> view(ClientContact contact) {
		return this.invitations.latestOfContact(contact.practiceId(), contact.clientId(), contact.id())
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.map((invitation) -> ContactResponse.of(contact, invitation.orElse(null)));
	}

	private Mono<Void> announce(String kind, Client client, ClientContact contact) {
		return this.events.append(new NewEvent(kind, contact.practiceId(), client.audience(), "contact", contact.id(),
				Map.of("clientId", contact.clientId(), "contactId", contact.id(), "portalAccess",
						contact.details().portalAccess())));
	}

	private Mono<Client> lockClient(CurrentPrincipal principal, UUID clientId) {
		return this.clients.lock(ClientScope.of(principal), clientId)
			.switchIfEmpty(ClientService.notFound())
			.filter((client) -> client.status() != ClientStatus.REMOVED)
			.switchIfEmpty(Mono.error(ClientStatus::removed));
	}

	private Mono<ClientContact> lockContact(Client client, UUID contactId) {
		return this.contacts.lock(client.practiceId(), client.id(), contactId).switchIfEmpty(ClientService.notFound());
	}

	private static ClientContact withAccess(ClientContact contact, boolean portalAccess) {
		ContactRequest d = contact.details();
		return new ClientContact(contact.id(), contact.practiceId(), contact.clientId(),
				new ContactRequest(d.name(), d.relationship(), d.email(), d.phone(), portalAccess), null,
				contact.createdAt());
	}

}
