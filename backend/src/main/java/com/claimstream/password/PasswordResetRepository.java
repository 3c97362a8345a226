package com.claimstream.password;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

@Repository
class PasswordResetRepository {

	private final DatabaseClient database;

	PasswordResetRepository(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> insert(UUID accountId, byte[] tokenHash, Instant now, Instant expiresAt) {
		return this.database.sql("""
				insert into password_reset (password_reset_id, account_id, token_hash, status, created_at, expires_at)
				values (:id, :accountId, :tokenHash, 'open', :now, :expiresAt)
				""")
			.bind("id", UUID.randomUUID())
			.bind("accountId", accountId)
			.bind("tokenHash", tokenHash)
			.bind("now", now)
			.bind("expiresAt", expiresAt)
			.then();
	}

	/** Revokes the account's open links: only the newest link works. */
	Mono<Long> revokeOpen(UUID accountId, Instant now) {
		return this.database
			.sql("update password_reset set status = 'revoked', ended_at = :now "
					+ "where account_id = :accountId and status = 'open'")
			.bind("accountId", accountId)
			.bind("now", now)
			.fetch()
			.rowsUpdated();
	}

	/** The link of a token, its row locked until the transaction ends. */
	Mono<PasswordReset> lockByToken(byte[] tokenHash) {
		return this.database
			.sql("select password_reset_id, account_id, status, expires_at from password_reset "
					+ "where token_hash = :hash for update")
			.bind("hash", tokenHash)
			.map(PasswordResetRepository::reset)
			.one();
	}

	Mono<Void> markUsed(UUID resetId, Instant now) {
		return this.database
			.sql("update password_reset set status = 'used', ended_at = :now "
					+ "where password_reset_id = :id and status = 'open'")
			.bind("id", resetId)
			.bind("now", now)
			.then();
	}

	private static PasswordReset reset(Readable row) {
		return new PasswordReset(row.get("password_reset_id", UUID.class), row.get("account_id", UUID.class),
				PasswordResetStatus.of(row.get("status", String.class)), row.get("expires_at", Instant.class));
	}

}
