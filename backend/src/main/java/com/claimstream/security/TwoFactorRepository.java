package com.claimstream.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

@Repository
class TwoFactorRepository {

	private final DatabaseClient database;

	TwoFactorRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Stores a new secret for an enrolment in progress; an enrolled account keeps its
	 * secret (false).
	 */
	Mono<Boolean> saveUnconfirmed(UUID accountId, byte[] sealedSecret, Instant now) {
		return this.database.sql("""
				insert into totp_credential (account_id, sealed_secret, created_at) values (:accountId, :secret, :now)
				on conflict (account_id) do update set sealed_secret = excluded.sealed_secret,
				  created_at = excluded.created_at, last_step = 0
				  where totp_credential.confirmed_at is null
				""")
			.bind("accountId", accountId)
			.bind("secret", sealedSecret)
			.bind("now", now)
			.fetch()
			.rowsUpdated()
			.map((count) -> count == 1);
	}

	Mono<Void> saveConfirmed(UUID accountId, byte[] sealedSecret, Instant now) {
		return this.database.sql("""
				insert into totp_credential (account_id, sealed_secret, created_at, confirmed_at)
				values (:accountId, :secret, :now, :now) on conflict (account_id) do nothing
				""").bind("accountId", accountId).bind("secret", sealedSecret).bind("now", now).then();
	}

	Mono<StoredCredential> find(UUID accountId) {
		return this.database
			.sql("select sealed_secret, confirmed_at is not null as confirmed from totp_credential "
					+ "where account_id = :accountId")
			.bind("accountId", accountId)
			.map((row) -> new StoredCredential(row.get("sealed_secret", byte[].class),
					row.get("confirmed", Boolean.class)))
			.one();
	}

	/**
	 * Accepts {@code step} once: false when it is not later than the last accepted step
	 * (a replay), atomically across instances.
	 */
	Mono<Boolean> acceptStep(UUID accountId, long step, Instant now) {
		return this.database.sql("""
				update totp_credential set last_step = :step, confirmed_at = coalesce(confirmed_at, :now)
				where account_id = :accountId and last_step < :step
				""")
			.bind("accountId", accountId)
			.bind("step", step)
			.bind("now", now)
			.fetch()
			.rowsUpdated()
			.map((count) -> count == 1);
	}

	Mono<Void> replaceRecoveryCodes(UUID accountId, List<byte[]> hashes) {
		return this.database.sql("delete from recovery_code where account_id = :accountId")
			.bind("accountId", accountId)
			.then()
			.thenMany(Flux.fromIterable(hashes)
				.concatMap((hash) -> this.database
					.sql("insert into recovery_code (account_id, code_hash) values (:accountId, :hash)")
					.bind("accountId", accountId)
					.bind("hash", hash)
					.then()))
			.then();
	}

	/** Uses up a recovery code: false when it is unknown or was already used. */
	Mono<Boolean> useRecoveryCode(UUID accountId, byte[] hash, Instant now) {
		return this.database.sql("""
				update recovery_code set used_at = :now
				where account_id = :accountId and code_hash = :hash and used_at is null
				""")
			.bind("accountId", accountId)
			.bind("hash", hash)
			.bind("now", now)
			.fetch()
			.rowsUpdated()
			.map((count) -> count == 1);
	}

	Mono<Long> countUnusedRecoveryCodes(UUID accountId) {
		return this.database
			.sql("select count(*) as unused from recovery_code where account_id = :accountId and used_at is null")
			.bind("accountId", accountId)
			.map((row) -> row.get("unused", Long.class))
			.one();
	}

	Mono<Void> delete(UUID accountId) {
		return this.database.sql("delete from recovery_code where account_id = :accountId")
			.bind("accountId", accountId)
			.then()
			.then(this.database.sql("delete from totp_credential where account_id = :accountId")
				.bind("accountId", accountId)
				.then());
	}

	record StoredCredential(byte[] sealedSecret, boolean confirmed) {
	}

}
