package com.claimstream.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

/**
 * Sign-in rate limits (Spring Security has none): at most 5 failures per account and 50 per
 * address in any 15 minutes; past that, {@code too-many-attempts} with the seconds until the
 * oldest failure leaves the window. A successful sign-in forgives the account's failures.
 */
@Component
class LoginThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final int PER_ACCOUNT = 5;

	static final int PER_ADDRESS = 50;

	private final DatabaseClient database;

	private final Clock clock;

	LoginThrottle(DatabaseClient database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	Mono<Void> check(String email, String address) {
		return retryAfter("account", email, PER_ACCOUNT)
			.switchIfEmpty(retryAfter("address", address, PER_ADDRESS))
			.flatMap((seconds) -> Mono.error(new ProblemException(Problem.TOO_MANY_ATTEMPTS,
					"Too many failed sign-ins; try again in " + Math.max(1, (seconds + 59) / 60) + " minutes",
					Map.of("retryAfterSeconds", seconds))));
	}

	Mono<Void> recordFailure(String email, String address) {
		Instant now = this.clock.instant();
		return this.database.sql("""
				insert into login_failure (scope, key, failed_at) values ('account', :email, :now), ('address', :address, :now)
				""").bind("email", email).bind("address", address).bind("now", now).then();
	}

	Mono<Void> forgive(String email) {
		return this.database.sql("delete from login_failure where scope = 'account' and key = :email")
			.bind("email", email)
			.then();
	}

	private Mono<Long> retryAfter(String scope, String key, int limit) {
		Instant now = this.clock.instant();
		return this.database.sql("""
				select count(*) as failures, min(failed_at) as oldest from (
				  select failed_at from login_failure
				  where scope = :scope and key = :key and failed_at > :since
				  order by failed_at desc limit :limit) recent
				""")
			.bind("scope", scope)
			.bind("key", key)
			.bind("since", now.minus(WINDOW))
			.bind("limit", limit)
			.map((row) -> (row.get("failures", Long.class) >= limit)
					? Duration.between(now, row.get("oldest", Instant.class).plus(WINDOW)).toSeconds() : -1L)
			.one()
			.filter((seconds) -> seconds >= 0);
	}

}
