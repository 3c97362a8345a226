package com.claimstream.stream;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;

import com.claimstream.security.Role;
import com.claimstream.security.SessionService;
import com.claimstream.security.StartedSession;

/**
 * Practices, accounts and signed-in sessions for stream tests, as rows (until the sign-up
 * API exists); every test makes its own practice, so tenancy keeps tests apart. Practice
 * sessions are past the second factor.
 */
final class StreamAccounts {

	private final DatabaseClient database;

	private final SessionService sessions;

	StreamAccounts(DatabaseClient database, SessionService sessions) {
		this.database = database;
		this.sessions = sessions;
	}

	UUID practice() {
		UUID practiceId = UUID.randomUUID();
		this.database.sql("insert into practice (practice_id, name, created_at) values (:id, 'Test practice', now())")
			.bind("id", practiceId)
			.then()
			.block();
		return practiceId;
	}

	StartedSession member(UUID practiceId, Role role) {
		return signIn("practice", role, practiceId);
	}

	StartedSession client() {
		return signIn("client", Role.CLIENT, null);
	}

	private StartedSession signIn(String portal, Role role, UUID practiceId) {
		UUID accountId = UUID.randomUUID();
		return this.database.sql("""
				insert into account (account_id, portal, email, name, password_hash, role, practice_id, created_at)
				values (:id, :portal, :email, 'Test person', 'not-a-hash', :role, :practiceId, :now)
				""")
			.bind("id", accountId)
			.bind("portal", portal)
			.bind("email", accountId + "@example.com")
			.bind("role", role.name())
			.bind("practiceId", Parameter.fromOrEmpty(practiceId, UUID.class))
			.bind("now", Instant.now())
			.then()
			.then(Mono.defer(() -> this.sessions.start(accountId, null, null)))
			.flatMap((started) -> (role == Role.CLIENT) ? Mono.just(started)
					: enrolledAfterSignIn(accountId).thenReturn(started))
			.block();
	}

	/**
	 * Marks the account as having confirmed TOTP after its session started, so the
	 * session counts as past the second factor (AUTH-05) without a code; the secret is
	 * never opened.
	 */
	private Mono<Void> enrolledAfterSignIn(UUID accountId) {
		return this.database.sql("""
				insert into totp_credential (account_id, sealed_secret, created_at, confirmed_at)
				values (:id, '\\x00'::bytea, now(), now())
				""").bind("id", accountId).then();
	}

}
