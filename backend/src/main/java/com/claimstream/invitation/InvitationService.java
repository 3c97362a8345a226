package com.claimstream.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.notification.MailService;
import com.claimstream.security.AccountService;
import com.claimstream.security.AccountSummary;
import com.claimstream.security.NewAccount;
import com.claimstream.security.Portal;
import com.claimstream.security.Role;
import com.claimstream.security.SecretTokens;
import com.claimstream.stream.Audience;
import com.claimstream.stream.EventLog;
import com.claimstream.stream.NewEvent;

/**
 * Invitations from sending to their answer. Sending, resending and revoking run inside
 * the caller's transaction; answering a link runs in its own, with the invitation row
 * locked, so of many concurrent accepts exactly one wins.
 */
@Service
public class InvitationService {

	private final InvitationRepository invitations;

	private final InvitationMails mails;

	private final MailService mail;

	private final EventLog events;

	private final AccountService accounts;

	private final ObjectProvider<InvitationOutcomes> outcomes;

	private final InvitationSettings settings;

	private final TransactionalOperator transaction;

	private final Clock clock;

	InvitationService(InvitationRepository invitations, InvitationMails mails, MailService mail, EventLog events,
			AccountService accounts, ObjectProvider<InvitationOutcomes> outcomes, InvitationSettings settings,
			TransactionalOperator transaction, Clock clock) {
		this.invitations = invitations;
		this.mails = mails;
		this.mail = mail;
		this.events = events;
		this.accounts = accounts;
		this.outcomes = outcomes;
		this.settings = settings;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Sends a new link; any earlier open link of that client stops working. */
	public Mono<InvitationView> send(InvitationRequest request) {
		String token = SecretTokens.generate();
		Instant now = this.clock.instant();
		Invitation invitation = new Invitation(UUID.randomUUID(), request.practiceId(), request.clientId(),
				request.email(), request.clientFirstName(), request.practiceName(), request.clinicianName(),
				InvitationStatus.SENT, now, now.plus(this.settings.expiry()), request.contactId(), request.actingFor());
		return revokeOpen(request.practiceId(), request.clientId(), request.contactId(), false)
			.then(this.invitations.insert(invitation, SecretTokens.hash(token)))
			.then(this.mail.queue(this.mails.invitation(request, token)))
			.then(announce("invitation.sent", invitation, null))
			.thenReturn(invitation.view());
	}

	/** Revokes the client's own open link, if any. */
	public Mono<Void> revoke(UUID practiceId, UUID clientId) {
		return revokeOpen(practiceId, clientId, null, false);
	}

	/** Revokes the open link of one of the client's contacts, if any. */
	public Mono<Void> revokeContact(UUID practiceId, UUID clientId, UUID contactId) {
		return revokeOpen(practiceId, clientId, contactId, false);
	}

	/** Revokes every open link of the client's record: their own and their contacts'. */
	public Mono<Void> revokeAll(UUID practiceId, UUID clientId) {
		return revokeOpen(practiceId, clientId, null, true);
	}

	public Mono<InvitationView> latest(UUID practiceId, UUID clientId) {
		return this.invitations.findLatest(practiceId, clientId, null).map(Invitation::view);
	}

	public Mono<InvitationView> latestOfContact(UUID practiceId, UUID clientId, UUID contactId) {
		return this.invitations.findLatest(practiceId, clientId, contactId).map(Invitation::view);
	}

	Mono<InvitationLanding> lookup(String token) {
		return expireIfDue(token).then(this.invitations.findByToken(SecretTokens.hash(token)))
			.switchIfEmpty(invalid())
			.map((found) -> found.requireUsable(this.clock.instant()))
			.flatMap((usable) -> this.accounts.clientAccountExists(usable.email())
				.map((exists) -> new InvitationLanding(usable.practiceName(),
						(usable.clinicianName() != null) ? usable.clinicianName() : usable.practiceName(),
						usable.clientFirstName(), usable.email(), exists, usable.actingFor())));
	}

	/**
	 * Accepts: creates the client account, or checks the password of the existing one,
	 * and connects it.
	 */
	Mono<AccountSummary> accept(String token, String password) {
		return expireIfDue(token).then(this.transaction
			.transactional(lockUsable(token).flatMap((invitation) -> clientAccount(invitation, password).flatMap(
					(account) -> this.invitations.end(invitation.id(), InvitationStatus.ACCEPTED, this.clock.instant())
						.flatMap((accepted) -> announce("invitation.accepted", accepted, account.id()))
						.then(connect(invitation, account.id()))
						.thenReturn(account)))));
	}

	Mono<Void> decline(String token) {
		return expireIfDue(token).then(this.transaction.transactional(lockUsable(token).flatMap(
				(invitation) -> this.invitations.end(invitation.id(), InvitationStatus.DECLINED, this.clock.instant()))
			.flatMap((declined) -> announce("invitation.declined", declined, null).then((declined.contactId() != null)
					? Mono.empty() : this.outcomes.getObject().declined(declined.practiceId(), declined.clientId())))));
	}

	/**
	 * Ends every link past its expiry: the clinician sees the client as expired without
	 * anyone trying the link.
	 */
	Mono<Void> expireDue() {
		return this.transaction.transactional(
				this.invitations.expireDue(this.clock.instant(), 100).concatMap(this::announceExpired).then());
	}

	private Mono<Void> expireIfDue(String token) {
		return this.transaction.transactional(this.invitations.lockByToken(SecretTokens.hash(token))
			.filter((invitation) -> invitation.hasExpired(this.clock.instant()))
			.flatMap((due) -> this.invitations.end(due.id(), InvitationStatus.EXPIRED, this.clock.instant()))
			.flatMap(this::announceExpired));
	}

	private Mono<Void> announceExpired(Invitation expired) {
		return announce("invitation.expired", expired, null).then((expired.contactId() != null) ? Mono.empty()
				: this.outcomes.getObject().expired(expired.practiceId(), expired.clientId()));
	}

	/** A contact's link connects the contact; the client's own link, the client. */
	private Mono<Void> connect(Invitation invitation, UUID accountId) {
		InvitationOutcomes outcome = this.outcomes.getObject();
		return (invitation.contactId() != null) ? outcome.contactAccepted(invitation.practiceId(),
				invitation.clientId(), invitation.contactId(), accountId)
				: outcome.accepted(invitation.practiceId(), invitation.clientId(), accountId);
	}

	private Mono<Void> revokeOpen(UUID practiceId, UUID clientId, @Nullable UUID contactId, boolean all) {
		return this.invitations.revokeOpen(practiceId, clientId, contactId, all, this.clock.instant())
			.concatMap((revoked) -> announce("invitation.revoked", revoked, null))
			.then();
	}

	private Mono<Invitation> lockUsable(String token) {
		return this.invitations.lockByToken(SecretTokens.hash(token))
			.switchIfEmpty(invalid())
			.map((found) -> found.requireUsable(this.clock.instant()));
	}

	private Mono<AccountSummary> clientAccount(Invitation invitation, String password) {
		return this.accounts.clientAccountExists(invitation.email())
			.flatMap((exists) -> exists ? this.accounts.verify(Portal.CLIENT, invitation.email(), password)
					: this.accounts.register(new NewAccount(invitation.email(), invitation.clientFirstName(), password,
							Role.CLIENT, null), invitation.practiceName()));
	}

	private Mono<Void> announce(String kind, Invitation invitation, @Nullable UUID clientAccountId) {
		Map<String, Object> ids = new LinkedHashMap<>(Map.of("clientId", invitation.clientId(), "invitationId",
				invitation.id(), "status", invitation.status().wire()));
		if (invitation.contactId() != null) {
			ids.put("contactId", invitation.contactId());
		}
		return this.outcomes.getObject()
			.audience(invitation.practiceId(), invitation.clientId())
			.defaultIfEmpty(Audience.client(invitation.clientId(), null))
			.flatMap((audience) -> this.events.append(new NewEvent(kind, invitation.practiceId(),
					audience.andClientAccount(clientAccountId), "invitation", invitation.id(), ids)));
	}

	private static <T> Mono<T> invalid() {
		return Mono.error(() -> new ProblemException(Problem.INVITATION_INVALID, "This invitation link is not valid"));
	}

}
