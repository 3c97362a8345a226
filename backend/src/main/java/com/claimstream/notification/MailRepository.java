package com.claimstream.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

@Repository
class MailRepository {

	private final DatabaseClient database;

	MailRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Claims due mail for {@code lease}: another instance picks it up only if this one
	 * dies.
	 */
	Flux<QueuedMail> claimDue(Instant now, Duration lease, int limit) {
		return this.database.sql("""
				update outgoing_mail set next_attempt_at = :leaseEnd, attempts = attempts + 1
				where mail_id in (select mail_id from outgoing_mail
				  where status = 'pending' and next_attempt_at <= :now
				  order by next_attempt_at limit :limit for update skip locked)
				returning mail_id, recipient, subject, text_body, html_body, attempts, created_at
				""")
			.bind("now", now)
			.bind("leaseEnd", now.plus(lease))
			.bind("limit", limit)
			.map(MailRepository::queued)
			.all();
	}

	Mono<Void> markSent(UUID mailId, String status, Instant now, boolean keepBody) {
		return this.database.sql("""
				update outgoing_mail set status = :status, sent_at = :now, last_error = null,
				  text_body = case when :keep then text_body end, html_body = case when :keep then html_body end
				where mail_id = :id
				""").bind("status", status).bind("now", now).bind("keep", keepBody).bind("id", mailId).then();
	}

	Mono<Void> markFailedAttempt(UUID mailId, Instant retryAt, String error, boolean giveUp) {
		return this.database.sql("""
				update outgoing_mail set status = :status, next_attempt_at = :retryAt, last_error = :error
				where mail_id = :id
				""")
			.bind("status", giveUp ? "failed" : "pending")
			.bind("retryAt", retryAt)
			.bind("error", error)
			.bind("id", mailId)
			.then();
	}

	Flux<MailboxEntry> newest(int limit) {
		return this.database.sql("""
				select mail_id, recipient, subject, text_body, html_body, created_at, status
				from outgoing_mail order by created_at desc limit :limit
				""")
			.bind("limit", limit)
			.map((row) -> new MailboxEntry(row.get("mail_id", UUID.class), row.get("recipient", String.class),
					row.get("subject", String.class), row.get("text_body", String.class),
					row.get("html_body", String.class), row.get("created_at", Instant.class),
					row.get("status", String.class)))
			.all();
	}

	private static QueuedMail queued(Readable row) {
		return new QueuedMail(row.get("mail_id", UUID.class),
				new Mail(row.get("recipient", String.class), row.get("subject", String.class),
						row.get("text_body", String.class), row.get("html_body", String.class)),
				row.get("attempts", Integer.class), row.get("created_at", Instant.class));
	}

	record QueuedMail(UUID id, Mail mail, int attempts, Instant createdAt) {
	}

}
