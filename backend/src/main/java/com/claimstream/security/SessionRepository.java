package com.claimstream.security;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

@Repository
class SessionRepository {

	private final DatabaseClient database;

	SessionRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * A new session; when the account has confirmed TOTP its second factor is pending,
	 * whoever starts it.
	 */
	Mono<Void> insert(UUID sessionId, byte[] tokenHash, UUID accountId, Instant now, String ip, String userAgent) {
		return this.database.sql("""
				insert into session (session_id, token_hash, account_id, created_at, last_seen_at, ip, user_agent,
				  second_factor_pending)
				values (:sessionId, :tokenHash, :accountId, :now, :now, :ip, :userAgent, exists (
				  select 1 from totp_credential where account_id = :accountId and confirmed_at is not null))
				""")
			.bind("sessionId", sessionId)
			.bind("tokenHash", tokenHash)
			.bind("accountId", accountId)
			.bind("now", now)
			.bind("ip", Parameter.fromOrEmpty(ip, String.class))
			.bind("userAgent", Parameter.fromOrEmpty(userAgent, String.class))
			.then();
	}

	/**
	 * The live session of a token, its account joined (so a role change counts on the
	 * next request); empty when unknown, ended, timed out or its account deactivated.
	 */
	Mono<LiveSession> findLive(byte[] tokenHash, Instant idleCutoff, Instant absoluteCutoff) {
		return this.database.sql("""
				select s.session_id, a.account_id, a.role, a.practice_id, a.name, a.email,
				  s.second_factor_pending, s.verified_at, t.confirmed_at is not null as enrolled
				from session s join account a using (account_id)
				  left join totp_credential t using (account_id)
				where s.token_hash = :tokenHash and s.ended_at is null and a.deactivated_at is null
				  and s.last_seen_at > :idleCutoff and s.created_at > :absoluteCutoff
				""")
			.bind("tokenHash", tokenHash)
			.bind("idleCutoff", idleCutoff)
			.bind("absoluteCutoff", absoluteCutoff)
			.map((row) -> new LiveSession(principal(row), row.get("second_factor_pending", Boolean.class),
					row.get("enrolled", Boolean.class), row.get("verified_at", Instant.class)))
			.one();
	}

	/**
	 * Gives a live session a new token after its second factor was verified, and records
	 * when; the old token no longer finds it.
	 */
	Mono<Boolean> rotate(UUID sessionId, byte[] tokenHash, Instant now) {
		return this.database.sql("""
				update session set token_hash = :tokenHash, second_factor_pending = false, verified_at = :now
				where session_id = :sessionId and ended_at is null
				""")
			.bind("sessionId", sessionId)
			.bind("tokenHash", tokenHash)
			.bind("now", now)
			.fetch()
			.rowsUpdated()
			.map((count) -> count == 1);
	}

	Mono<Void> endOthersOf(UUID accountId, UUID keptSessionId, Instant now) {
		return this.database.sql("""
				update session set ended_at = :now
				where account_id = :accountId and session_id <> :kept and ended_at is null
				""").bind("accountId", accountId).bind("kept", keptSessionId).bind("now", now).then();
	}

	/** The account's most recent sessions, newest first. */
	Flux<SignInHistory.SignIn> findRecentOf(UUID accountId, UUID currentSessionId, Instant idleCutoff,
			Instant absoluteCutoff, int limit) {
		return this.database.sql("""
				select session_id, created_at, ip, user_agent,
				  (ended_at is null and last_seen_at > :idleCutoff and created_at > :absoluteCutoff) as live
				from session where account_id = :accountId
				order by created_at desc limit :limit
				""")
			.bind("accountId", accountId)
			.bind("idleCutoff", idleCutoff)
			.bind("absoluteCutoff", absoluteCutoff)
			.bind("limit", limit)
			.map((row) -> new SignInHistory.SignIn(row.get("created_at", Instant.class), row.get("ip", String.class),
					Devices.describe(row.get("user_agent", String.class)),
					currentSessionId.equals(row.get("session_id", UUID.class)), row.get("live", Boolean.class)))
			.all();
	}

	Mono<Void> touch(UUID sessionId, Instant now) {
		return this.database
			.sql("update session set last_seen_at = :now where session_id = :sessionId and last_seen_at < :now")
			.bind("sessionId", sessionId)
			.bind("now", now)
			.then();
	}

	Mono<Void> end(UUID sessionId, Instant now) {
		return this.database
			.sql("update session set ended_at = :now where session_id = :sessionId and ended_at is null")
			.bind("sessionId", sessionId)
			.bind("now", now)
			.then();
	}

	Mono<Void> endAllOf(UUID accountId, Instant now) {
		return this.database
			.sql("update session set ended_at = :now where account_id = :accountId and ended_at is null")
			.bind("accountId", accountId)
			.bind("now", now)
			.then();
	}

	/**
	 * Ends the session of this token if it timed out and was not ended yet, answering its
	 * principal: each timeout is found once.
	 */
	Mono<CurrentPrincipal> endTimedOut(byte[] tokenHash, Instant idleCutoff, Instant absoluteCutoff, Instant now) {
		return this.database.sql("""
				with ended as (
				  update session set ended_at = :now
				  where token_hash = :tokenHash and ended_at is null
				    and (last_seen_at <= :idleCutoff or created_at <= :absoluteCutoff)
				  returning session_id, account_id)
				select e.session_id, a.account_id, a.role, a.practice_id, a.name, a.email
				from ended e join account a using (account_id)
				""")
			.bind("tokenHash", tokenHash)
			.bind("idleCutoff", idleCutoff)
			.bind("absoluteCutoff", absoluteCutoff)
			.bind("now", now)
			.map(SessionRepository::principal)
			.one();
	}

	Flux<UUID> findLiveAmong(Collection<UUID> sessionIds, Instant idleCutoff, Instant absoluteCutoff) {
		return this.database.sql("""
				select session_id from session
				where session_id = any(:ids) and ended_at is null
				  and last_seen_at > :idleCutoff and created_at > :absoluteCutoff
				""")
			.bind("ids", sessionIds.toArray(UUID[]::new))
			.bind("idleCutoff", idleCutoff)
			.bind("absoluteCutoff", absoluteCutoff)
			.map((row) -> row.get("session_id", UUID.class))
			.all();
	}

	private static CurrentPrincipal principal(Readable row) {
		return new CurrentPrincipal(row.get("account_id", UUID.class), row.get("session_id", UUID.class),
				Role.valueOf(row.get("role", String.class)), row.get("practice_id", UUID.class),
				row.get("name", String.class), row.get("email", String.class));
	}

}
