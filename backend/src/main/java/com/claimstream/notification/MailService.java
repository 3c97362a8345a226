package com.claimstream.notification;

import java.time.Clock;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/**
 * Queues mail inside the caller's transaction: the mail goes out if and only if the
 * change it announces commits.
 */
@Service
public class MailService {

	private final DatabaseClient database;

	private final Clock clock;

	MailService(DatabaseClient database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	public Mono<Void> queue(Mail mail) {
		return this.database
			.sql("""
					insert into outgoing_mail (mail_id, recipient, subject, text_body, html_body, status, next_attempt_at, created_at)
					values (:id, :to, :subject, :text, :html, 'pending', :now, :now)
					""")
			.bind("id", UUID.randomUUID())
			.bind("to", mail.to())
			.bind("subject", mail.subject())
			.bind("text", mail.text())
			.bind("html", mail.html())
			.bind("now", this.clock.instant())
			.then();
	}

}
