package com.claimstream.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit_log} table: appends through {@code audit_append} (which chains each
 * row to its practice's previous one), reads for the review, and the chain check.
 */
@Repository
class AuditRepository {

	private static final Log logger = LogFactory.getLog(AuditRepository.class);

	/** The chain of rows without a practice (failed sign-ins, client accounts). */
	static final UUID NO_PRACTICE = new UUID(0, 0);

	private static final String FILTER = """
			where practice_id = :practiceId
			  and (cast(:clientId as uuid) is null or client_ids @> array[cast(:clientId as uuid)])
			  and (cast(:actorId as uuid) is null or actor_account_id = :actorId)
			  and (cast(:action as text) is null or action = :action)
			  and (cast(:from as timestamptz) is null or occurred_at >= :from)
			  and (cast(:to as timestamptz) is null or occurred_at < :to)
			""";

	private final DatabaseClient database;

	AuditRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Fails with {@link AuditUnavailable} whatever the cause: the caller fails closed.
	 */
	Mono<Void> append(AuditEntry entry, Instant now) {
		AuditEntry.Actor actor = entry.actor();
		AuditEntry.Origin origin = entry.origin();
		UUID practiceId = actor.practiceId();
		return this.database.sql("""
				select audit_append(:chain, :now, :event, :action, :resource, :actor, :role, :practice, :clients,
				  :filters, :outcome, :status, :method, :route, :ip, :userAgent, :requestId)
				""")
			.bind("chain", (practiceId != null) ? practiceId : NO_PRACTICE)
			.bind("now", now)
			.bind("event", entry.event())
			.bind("action", nullable((entry.action() != null) ? entry.action().name() : null))
			.bind("resource", nullable(entry.resource()))
			.bind("actor", Parameter.fromOrEmpty(actor.accountId(), UUID.class))
			.bind("role", nullable(actor.role()))
			.bind("practice", Parameter.fromOrEmpty(practiceId, UUID.class))
			.bind("clients", entry.clientIds().toArray(UUID[]::new))
			.bind("filters", nullable(entry.queryFilters()))
			.bind("outcome", entry.outcome())
			.bind("status", entry.status())
			.bind("method", origin.method())
			.bind("route", origin.route())
			.bind("ip", origin.ip())
			.bind("userAgent", nullable(origin.userAgent()))
			.bind("requestId", origin.requestId())
			.then()
			.onErrorMap((ex) -> {
				logger.error("Audit row not written; refusing " + origin.method() + " " + origin.route(), ex);
				return new AuditUnavailable();
			});
	}

	Flux<AuditRecord> find(UUID practiceId, AuditFilter filter, int limit, long offset) {
		return bind(this.database.sql("select * from audit_log " + FILTER
				+ " order by occurred_at desc, audit_id desc limit :limit offset :offset"), practiceId, filter)
			.bind("limit", limit)
			.bind("offset", offset)
			.map(AuditRepository::record)
			.all();
	}

	Mono<Long> count(UUID practiceId, AuditFilter filter) {
		return bind(this.database.sql("select count(*) as total from audit_log " + FILTER), practiceId, filter)
			.map((row) -> row.get("total", Long.class))
			.one();
	}

	/**
	 * The rows whose hash no longer matches their content and their predecessor's hash,
	 * or that do not follow their predecessor (a row removed): empty when the log is
	 * intact.
	 */
	Flux<Long> brokenLinks() {
		return this.database.sql("""
				select audit_id from (
				  select a.audit_id, a.hash, a.prev_hash, a.chain_seq,
				    audit_hash(lag(a.hash) over chain, a) as expected,
				    lag(a.hash) over chain as previous, lag(a.chain_seq, 1, 0::bigint) over chain as previous_seq
				  from audit_log a window chain as (partition by a.chain_key order by a.chain_seq)
				) linked
				where hash <> expected or prev_hash is distinct from previous or chain_seq <> previous_seq + 1
				order by audit_id
				""").map((row) -> row.get("audit_id", Long.class)).all();
	}

	private static GenericExecuteSpec bind(GenericExecuteSpec spec, UUID practiceId, AuditFilter filter) {
		return spec.bind("practiceId", practiceId)
			.bind("clientId", Parameter.fromOrEmpty(filter.clientId(), UUID.class))
			.bind("actorId", Parameter.fromOrEmpty(filter.actorId(), UUID.class))
			.bind("action", nullable((filter.action() != null) ? filter.action().name() : null))
			.bind("from", Parameter.fromOrEmpty(filter.from(), Instant.class))
			.bind("to", Parameter.fromOrEmpty(filter.to(), Instant.class));
	}

	private static Parameter nullable(@Nullable String value) {
		return Parameter.fromOrEmpty(value, String.class);
	}

	private static AuditRecord record(Readable row) {
		String action = row.get("action", String.class);
		UUID[] clients = row.get("client_ids", UUID[].class);
		return new AuditRecord(row.get("audit_id", Long.class), row.get("occurred_at", Instant.class),
				row.get("event", String.class), (action != null) ? AuditAction.valueOf(action.strip()) : null,
				row.get("resource", String.class), row.get("actor_account_id", UUID.class),
				row.get("actor_role", String.class), (clients != null) ? List.of(clients) : List.of(),
				row.get("query_filters", String.class), row.get("outcome", String.class),
				row.get("status", Integer.class), row.get("method", String.class), row.get("route", String.class),
				row.get("ip", String.class), row.get("user_agent", String.class), row.get("request_id", String.class));
	}

}
