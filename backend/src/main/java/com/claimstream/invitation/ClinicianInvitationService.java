package com.claimstream.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.notification.MailService;
import com.claimstream.security.AttemptLimit;
import com.claimstream.security.AttemptLimiter;
import com.claimstream.security.CurrentPrincipal;

/**
 * Clients inviting clinicians to join Claimstream (PRODUCT §4). Each invitation costs an
 * email to a stranger, so every one counts against the account's limit.
 */
@Service
class ClinicianInvitationService {

	static final AttemptLimit PER_ACCOUNT = new AttemptLimit("clinician-invitation", 5, Duration.ofDays(1));

	private final DatabaseClient database;

	private final InvitationMails mails;

	private final MailService mail;

	private final AttemptLimiter attempts;

	private final TransactionalOperator transaction;

	private final Clock clock;

	ClinicianInvitationService(DatabaseClient database, InvitationMails mails, MailService mail,
			AttemptLimiter attempts, TransactionalOperator transaction, Clock clock) {
		this.database = database;
		this.mails = mails;
		this.mail = mail;
		this.attempts = attempts;
		this.transaction = transaction;
		this.clock = clock;
	}

	Mono<ClinicianInvitationView> send(CurrentPrincipal principal, ClinicianInvitationRequest request) {
		ClinicianInvitationRequest invitation = request.normalized();
		ClinicianInvitationView sent = new ClinicianInvitationView(UUID.randomUUID(), invitation.name(),
				invitation.email(), this.clock.instant());
		Mono<Void> store = this.database.sql("""
				insert into clinician_invitation (clinician_invitation_id, account_id, name, email, message, sent_at)
				values (:id, :account, :name, :email, :message, :sentAt)""")
			.bind("id", sent.id())
			.bind("account", principal.accountId())
			.bind("name", sent.name())
			.bind("email", sent.email())
			.bind("message", Parameter.fromOrEmpty(invitation.message(), String.class))
			.bind("sentAt", sent.sentAt())
			.then();
		return this.attempts.limitEvery(PER_ACCOUNT, principal.accountId().toString(),
				this.transaction.transactional(
						store.then(this.mail.queue(this.mails.clinicianInvitation(principal.name(), invitation)))
							.thenReturn(sent)));
	}

	Flux<ClinicianInvitationView> sentBy(CurrentPrincipal principal) {
		return this.database.sql("select * from clinician_invitation where account_id = :account order by sent_at desc")
			.bind("account", principal.accountId())
			.map((row) -> new ClinicianInvitationView(row.get("clinician_invitation_id", UUID.class),
					row.get("name", String.class), row.get("email", String.class), row.get("sent_at", Instant.class)))
			.all();
	}

}
