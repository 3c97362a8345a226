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

	Mono<Void> insert(UUID sessionId, byte[] tokenHash, UUID accountId, Instant now, String ip, String userAgent) {
		return this.database.sql("""
				insert into session (session_id, token_hash, account_id, created_at, last_seen_at, ip, user_agent)
				values (:sessionId, :tokenHash, :accountId, :now, :now, :ip, :userAgent)
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
	 * The live session of a token, its account joined; empty when unknown, ended or timed
	 * out.
	 */
	Mono<CurrentPrincipal> findLive(byte[] tokenHash, Instant idleCutoff, Instant absoluteCutoff) {
		return this.database.sql("""
				select s.session_id, a.account_id, a.role, a.practice_id, a.name, a.email
				from session s join account a using (account_id)
				where s.token_hash = :tokenHash and s.ended_at is null
				  and s.last_seen_at > :idleCutoff and s.created_at > :absoluteCutoff
				""")
			.bind("tokenHash", tokenHash)
			.bind("idleCutoff", idleCutoff)
			.bind("absoluteCutoff", absoluteCutoff)
			.map(SessionRepository::principal)
			.one();
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
