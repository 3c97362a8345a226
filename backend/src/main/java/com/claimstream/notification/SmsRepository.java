package com.claimstream.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

@Repository
class SmsRepository {

	private final DatabaseClient database;

	SmsRepository(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> insert(UUID id, String to, String body, Instant now) {
		return this.database.sql("""
				insert into outgoing_sms (sms_id, recipient, body, status, next_attempt_at, created_at)
				values (:id, :to, :body, 'pending', :now, :now)
				""").bind("id", id).bind("to", to).bind("body", body).bind("now", now).then();
	}

	/** Claims due messages for {@code lease}, like the mail outbox. */
	Flux<QueuedSms> claimDue(Instant now, Duration lease, int limit) {
		return this.database.sql("""
				update outgoing_sms set next_attempt_at = :leaseEnd, attempts = attempts + 1
				where sms_id in (select sms_id from outgoing_sms
				  where status = 'pending' and next_attempt_at <= :now
				  order by next_attempt_at limit :limit for update skip locked)
				returning sms_id, recipient, body, attempts, created_at
				""")
			.bind("now", now)
			.bind("leaseEnd", now.plus(lease))
			.bind("limit", limit)
			.map((row) -> new QueuedSms(row.get("sms_id", UUID.class), row.get("recipient", String.class),
					row.get("body", String.class), row.get("attempts", Integer.class),
					row.get("created_at", Instant.class)))
			.all();
	}

	Mono<Void> markSent(UUID id, String providerId, Instant now, boolean keepBody) {
		return this.database.sql("""
				update outgoing_sms set status = 'sent', sent_at = :now, provider_id = :providerId, last_error = null,
				  body = case when :keep then body end
				where sms_id = :id
				""").bind("now", now).bind("providerId", providerId).bind("keep", keepBody).bind("id", id).then();
	}

	Mono<Void> markFailedAttempt(UUID id, @Nullable Instant retryAt, String error) {
		return this.database
			.sql("""
					update outgoing_sms set status = :status, next_attempt_at = coalesce(:retryAt, next_attempt_at), last_error = :error
					where sms_id = :id
					""")
			.bind("status", (retryAt != null) ? "pending" : "failed")
			.bind("retryAt", io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.TIMESTAMP_WITH_TIME_ZONE, retryAt))
			.bind("error", error)
			.bind("id", id)
			.then();
	}

	Flux<SmsboxEntry> newest(int limit) {
		return this.database.sql("""
				select sms_id, recipient, body, status, created_at, last_error
				from outgoing_sms order by created_at desc limit :limit
				""")
			.bind("limit", limit)
			.map((row) -> new SmsboxEntry(row.get("sms_id", UUID.class), row.get("recipient", String.class),
					row.get("body", String.class), row.get("created_at", Instant.class),
					row.get("status", String.class), row.get("last_error", String.class)))
			.all();
	}

	record QueuedSms(UUID id, String to, String body, int attempts, Instant createdAt) {
	}

}
