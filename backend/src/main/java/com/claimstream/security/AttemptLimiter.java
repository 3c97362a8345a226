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
 * Counts failed attempts in a sliding window (Spring Security has no rate limiting): past
 * the limit, {@code too-many-attempts} with the seconds until the oldest counted failure
 * leaves the window. Kept in PostgreSQL, so every instance counts the same failures.
 */
@Component
public class AttemptLimiter {

	private final DatabaseClient database;

	private final Clock clock;

	AttemptLimiter(DatabaseClient database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	Mono<Void> requireBelow(AttemptLimit limit, String key) {
		Instant now = this.clock.instant();
		return this.database.sql("""
				select count(*) as failures, min(failed_at) as oldest from (
				  select failed_at from failed_attempt
				  where scope = :scope and key = :key and failed_at > :since
				  order by failed_at desc limit :max) recent
				""")
			.bind("scope", limit.scope())
			.bind("key", key)
			.bind("since", now.minus(limit.window()))
			.bind("max", limit.max())
			.map((row) -> (row.get("failures", Long.class) >= limit.max())
					? Math.max(1,
							Duration.between(now, row.get("oldest", Instant.class).plus(limit.window())).toSeconds())
					: 0L)
			.one()
			.filter((seconds) -> seconds > 0)
			.flatMap((seconds) -> Mono.error(new ProblemException(Problem.TOO_MANY_ATTEMPTS,
					"Too many failed attempts; try again in "
							+ ((seconds < 120) ? seconds + " seconds" : ((seconds + 59) / 60) + " minutes"),
					Map.of("retryAfterSeconds", seconds))));
	}

	/**
	 * Runs {@code attempt} unless the key is over its limit; a failure with
	 * {@code counted} counts against it.
	 */
	public <T> Mono<T> limit(AttemptLimit limit, String key, Problem counted, Mono<T> attempt) {
		return requireBelow(limit, key).then(attempt)
			.onErrorResume(ProblemException.class, (ex) -> (ex.problem() == counted)
					? recordFailure(limit, key).then(Mono.error(ex)) : Mono.error(ex));
	}

	/**
	 * Runs {@code attempt} unless the key is over its limit, and counts it whatever its
	 * outcome (requests that cost us an email, say).
	 */
	public <T> Mono<T> limitEvery(AttemptLimit limit, String key, Mono<T> attempt) {
		return requireBelow(limit, key).then(recordFailure(limit, key)).then(attempt);
	}

	Mono<Void> recordFailure(AttemptLimit limit, String key) {
		return this.database.sql("insert into failed_attempt (scope, key, failed_at) values (:scope, :key, :now)")
			.bind("scope", limit.scope())
			.bind("key", key)
			.bind("now", this.clock.instant())
			.then();
	}

	Mono<Void> forgive(AttemptLimit limit, String key) {
		return this.database.sql("delete from failed_attempt where scope = :scope and key = :key")
			.bind("scope", limit.scope())
			.bind("key", key)
			.then();
	}

}
