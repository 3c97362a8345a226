package com.claimstream.security;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

@Repository
class FailedSignInRepository {

	private final DatabaseClient database;

	FailedSignInRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Records a refused sign-in: one row whether or not the email has an account
	 * (AUTH-03: the unknown-email path does the same work).
	 */
	Mono<Void> insert(String portal, String email, Instant now, @Nullable String ip, @Nullable String userAgent) {
		return this.database
			.sql("""
					insert into failed_sign_in (account_id, attempted_at, ip, user_agent)
					values ((select account_id from account where portal = :portal and email = :email), :now, :ip, :userAgent)
					""")
			.bind("portal", portal)
			.bind("email", email)
			.bind("now", now)
			.bind("ip", Parameter.fromOrEmpty(ip, String.class))
			.bind("userAgent", Parameter.fromOrEmpty(userAgent, String.class))
			.then();
	}

	Flux<SignInHistory.Failure> findRecentOf(UUID accountId, int limit) {
		return this.database.sql("""
				select attempted_at, ip, user_agent from failed_sign_in where account_id = :accountId
				order by attempted_at desc limit :limit
				""")
			.bind("accountId", accountId)
			.bind("limit", limit)
			.map((row) -> new SignInHistory.Failure(row.get("attempted_at", Instant.class), row.get("ip", String.class),
					Devices.describe(row.get("user_agent", String.class))))
			.all();
	}

}
