package com.claimstream.charge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

/**
 * Requests made with an {@code Idempotency-Key} (ARCHITECTURE §6), scoped per account and
 * kept with their first final answer. A request begins inside the transaction that
 * creates its charge, so a rolled-back request (invalid, refused) leaves no key behind;
 * an in-flight request holds a lease, after which a retry or the in-doubt resolver may
 * take its charge over.
 */
@Repository
class IdempotentRequests {

	/** How long a request may work on its charge before others may take it over. */
	static final Duration LEASE = Duration.ofSeconds(10);

	private final DatabaseClient database;

	private final Clock clock;

	IdempotentRequests(DatabaseClient database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	/**
	 * Claims the key for a new charge, or tells what became of the first request with it:
	 * its answer, or its charge to resume once the lease ran out. 422 when the key was
	 * used for another request, 409 while the first request is still working.
	 */
	Mono<Begun> begin(UUID accountId, String key, String operation, byte[] hash) {
		UUID chargeId = UUID.randomUUID();
		Instant now = this.clock.instant();
		return this.database.sql("""
				insert into idempotent_request (account_id, idempotency_key, operation, request_hash, charge_id, status,
				  locked_until, created_at)
				values (:account, :key, :operation, :hash, :charge, 'in_flight', :lease, :now)
				on conflict do nothing
				""")
			.bind("account", accountId)
			.bind("key", key)
			.bind("operation", operation)
			.bind("hash", hash)
			.bind("charge", chargeId)
			.bind("lease", now.plus(LEASE))
			.bind("now", now)
			.fetch()
			.rowsUpdated()
			.flatMap((inserted) -> (inserted == 1) ? Mono.just(new Begun.Fresh(chargeId))
					: existing(accountId, key, operation, hash, now));
	}

	private Mono<Begun> existing(UUID accountId, String key, String operation, byte[] hash, Instant now) {
		// the row read whole, then judged: never a query cancelled half-read in the
		// transaction
		return this.database.sql("""
				select operation, request_hash, charge_id, status, locked_until, response_status, response_body
				from idempotent_request where account_id = :account and idempotency_key = :key for update
				""")
			.bind("account", accountId)
			.bind("key", key)
			.map((row) -> new Stored(row.get("operation", String.class), row.get("request_hash", byte[].class),
					row.get("charge_id", UUID.class), "done".equals(row.get("status", String.class)),
					row.get("locked_until", Instant.class), row.get("response_status", Short.class),
					row.get("response_body", String.class)))
			.one()
			.flatMap((stored) -> {
				if (!operation.equals(stored.operation()) || !Arrays.equals(hash, stored.hash())) {
					return Mono.error(new ProblemException(Problem.IDEMPOTENCY_KEY_REUSED,
							"This Idempotency-Key was already used for a different request; send a new key"));
				}
				if (stored.done()) {
					return Mono.<Begun>just(new Begun.Replay(new ChargeAnswer(stored.status(), stored.body())));
				}
				if (stored.lockedUntil().isAfter(now)) {
					return Mono.error(new ProblemException(Problem.REQUEST_IN_FLIGHT,
							"The first request with this Idempotency-Key is still being processed; retry shortly"));
				}
				return lease(stored.chargeId()).thenReturn((Begun) new Begun.Resume(stored.chargeId()));
			});
	}

	/** A kept request as read. */
	private record Stored(String operation, byte[] hash, UUID chargeId, boolean done, Instant lockedUntil,
			@Nullable Short status, @Nullable String body) {
	}

	/**
	 * Takes over up to {@code limit} in-flight requests whose lease ran out, for the
	 * in-doubt resolver; each taken lease is renewed.
	 */
	Flux<UUID> takeExpired(int limit) {
		Instant now = this.clock.instant();
		return this.database.sql("""
				update idempotent_request set locked_until = :lease
				where charge_id in (select charge_id from idempotent_request
				                    where status = 'in_flight' and locked_until <= :now
				                    order by locked_until limit :limit for update skip locked)
				returning charge_id
				""")
			.bind("lease", now.plus(LEASE))
			.bind("now", now)
			.bind("limit", limit)
			.map((row) -> row.get("charge_id", UUID.class))
			.all();
	}

	/**
	 * Lets others take the charge over at once (the processor's answer stays in doubt).
	 */
	Mono<Void> release(UUID chargeId) {
		return this.database.sql("update idempotent_request set locked_until = :now where charge_id = :charge")
			.bind("now", this.clock.instant())
			.bind("charge", chargeId)
			.then();
	}

	/** Keeps the final answer of the charge's request for every retry. */
	Mono<Void> finish(UUID chargeId, ChargeAnswer answer) {
		return this.database.sql("""
				update idempotent_request set status = 'done', response_status = :status, response_body = :body
				where charge_id = :charge
				""")
			.bind("status", (short) answer.status())
			.bind("body", answer.body())
			.bind("charge", chargeId)
			.then();
	}

	/** The final answer kept for the charge's request. */
	Mono<ChargeAnswer> answer(UUID chargeId) {
		return this.database.sql("""
				select response_status, response_body from idempotent_request
				where charge_id = :charge and status = 'done'
				""")
			.bind("charge", chargeId)
			.map((row) -> new ChargeAnswer(row.get("response_status", Short.class),
					row.get("response_body", String.class)))
			.one();
	}

	private Mono<Void> lease(UUID chargeId) {
		return this.database.sql("update idempotent_request set locked_until = :lease where charge_id = :charge")
			.bind("lease", this.clock.instant().plus(LEASE))
			.bind("charge", chargeId)
			.then();
	}

	/** What became of a request's key. */
	sealed interface Begun {

		/** The key is new: create this charge. */
		record Fresh(UUID chargeId) implements Begun {
		}

		/** The first request answered: answer the same. */
		record Replay(ChargeAnswer answer) implements Begun {
		}

		/** The first request stopped working on its charge: carry on with it. */
		record Resume(UUID chargeId) implements Begun {
		}

	}

}
