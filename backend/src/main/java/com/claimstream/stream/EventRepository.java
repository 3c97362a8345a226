package com.claimstream.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import com.claimstream.security.CurrentPrincipal;

/**
 * Reads the outbox in {@link Cursor} order, only below the oldest open transaction
 * ({@code pg_snapshot_xmin}), so a row that commits later can never sort before one
 * already delivered. The text form of {@code txid} is selected under another name: an
 * output column named {@code txid} would make {@code order by txid} sort as text.
 */
@Repository
class EventRepository {

	private static final String COLUMNS = """
			select txid::text as cursor_txid, position, event_id, practice_id, audience, client_id,
			       clinician_account_id, client_account_id, kind, occurred_at, subject_type, subject_id,
			       data::text as data
			from event
			""";

	private static final String AFTER = """
			(txid, position) > (cast(:txid as xid8), :position)
			and txid < pg_snapshot_xmin(pg_current_snapshot())
			""";

	private final DatabaseClient database;

	private final StreamFrames frames;

	EventRepository(DatabaseClient database, StreamFrames frames) {
		this.database = database;
		this.frames = frames;
	}

	/**
	 * The last committed event's cursor: a reader started now delivers what follows it.
	 */
	Mono<Cursor> head() {
		return this.database.sql("""
				select txid::text as cursor_txid, position from event
				where txid < pg_snapshot_xmin(pg_current_snapshot())
				order by txid desc, position desc limit 1
				""").map((row) -> cursor(row)).one().defaultIfEmpty(Cursor.START);
	}

	/** Every committed event after {@code cursor}, in order, for fan-out. */
	Flux<StreamEvent> committedAfter(Cursor cursor, int limit) {
		return this.database.sql(COLUMNS + "where " + AFTER + "order by txid, position limit :limit")
			.bind("txid", Long.toString(cursor.txid()))
			.bind("position", cursor.position())
			.bind("limit", limit)
			.map(this::event)
			.all();
	}

	/**
	 * The committed events after {@code cursor} of the principal's practice, or naming
	 * the client's account, in order: what {@link Visibility} then narrows to what the
	 * principal may see.
	 */
	Flux<StreamEvent> scopedAfter(CurrentPrincipal principal, Cursor cursor, int limit) {
		String scope = principal.isPracticeMember() ? "practice_id = :scope and " : "client_account_id = :scope and ";
		UUID scopeId = principal.isPracticeMember() ? principal.requirePracticeId() : principal.accountId();
		return this.database.sql(COLUMNS + "where " + scope + AFTER + "order by txid, position limit :limit")
			.bind("scope", scopeId)
			.bind("txid", Long.toString(cursor.txid()))
			.bind("position", cursor.position())
			.bind("limit", limit)
			.map(this::event)
			.all();
	}

	/** When the event at {@code cursor} happened; empty if there is no such event. */
	Mono<Instant> occurredAt(Cursor cursor) {
		return this.database
			.sql("select occurred_at from event where txid = cast(:txid as xid8) and position = :position")
			.bind("txid", Long.toString(cursor.txid()))
			.bind("position", cursor.position())
			.map((row) -> row.get("occurred_at", Instant.class))
			.one();
	}

	/**
	 * Age of the oldest open transaction that holds a transaction id (it holds delivery
	 * back).
	 */
	Mono<Duration> oldestTransactionAge() {
		return this.database.sql("""
				select coalesce(extract(epoch from clock_timestamp() - min(xact_start)), 0)::float8 as age
				from pg_stat_activity where backend_xid is not null
				""").map((row) -> Duration.ofNanos((long) (row.get("age", Double.class) * 1e9))).one();
	}

	private StreamEvent event(Readable row) {
		Audience audience = new Audience(EventLog.ADMINISTRATORS.equals(row.get("audience", String.class)),
				row.get("client_id", UUID.class), row.get("clinician_account_id", UUID.class),
				row.get("client_account_id", UUID.class));
		return this.frames.event(cursor(row), row.get("event_id", UUID.class),
				Visibility.of(row.get("practice_id", UUID.class), audience), row.get("kind", String.class),
				row.get("occurred_at", Instant.class), row.get("subject_type", String.class),
				row.get("subject_id", UUID.class), row.get("data", String.class));
	}

	private static Cursor cursor(Readable row) {
		return new Cursor(Long.parseLong(row.get("cursor_txid", String.class)), row.get("position", Long.class));
	}

}
