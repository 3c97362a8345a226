package com.claimstream.practice;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

@Repository
class PendingSignUpRepository {

	private final DatabaseClient database;

	PendingSignUpRepository(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> insert(String email, String practiceName, String yourName, String passwordHash, byte[] tokenHash,
			Instant now, Instant expiresAt) {
		return this.database.sql("""
				insert into practice_signup (practice_signup_id, email, practice_name, your_name, password_hash,
				  token_hash, status, created_at, expires_at)
				values (:id, :email, :practiceName, :yourName, :passwordHash, :tokenHash, 'open', :now, :expiresAt)
				""")
			.bind("id", UUID.randomUUID())
			.bind("email", email)
			.bind("practiceName", practiceName)
			.bind("yourName", yourName)
			.bind("passwordHash", passwordHash)
			.bind("tokenHash", tokenHash)
			.bind("now", now)
			.bind("expiresAt", expiresAt)
			.then();
	}

	/**
	 * Revokes the email's open sign-ups and forgets their passwords: only the newest link
	 * works.
	 */
	Mono<Long> revokeOpen(String email, Instant now) {
		return this.database
			.sql("update practice_signup set status = 'revoked', ended_at = :now, password_hash = null "
					+ "where email = :email and status = 'open'")
			.bind("email", email)
			.bind("now", now)
			.fetch()
			.rowsUpdated();
	}

	/** The sign-up of a token, its row locked until the transaction ends. */
	Mono<PendingSignUp> lockByToken(byte[] tokenHash) {
		return this.database.sql("select * from practice_signup where token_hash = :hash for update")
			.bind("hash", tokenHash)
			.map(PendingSignUpRepository::signUp)
			.one();
	}

	/** The link is used up and the password hash, now the account's, forgotten here. */
	Mono<Void> markUsed(UUID signUpId, Instant now) {
		return this.database
			.sql("update practice_signup set status = 'used', ended_at = :now, password_hash = null "
					+ "where practice_signup_id = :id and status = 'open'")
			.bind("id", signUpId)
			.bind("now", now)
			.then();
	}

	private static PendingSignUp signUp(Readable row) {
		return new PendingSignUp(row.get("practice_signup_id", UUID.class), row.get("email", String.class),
				row.get("practice_name", String.class), row.get("your_name", String.class),
				row.get("password_hash", String.class), row.get("status", String.class),
				row.get("expires_at", Instant.class));
	}

}
