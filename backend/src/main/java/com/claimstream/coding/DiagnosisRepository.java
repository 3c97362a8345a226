package com.claimstream.coding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/**
 * The {@code client_diagnosis} list and its {@code client_diagnosis_change} history,
 * every query scoped by practice.
 */
@Repository
class DiagnosisRepository {

	private final DatabaseClient database;

	DiagnosisRepository(DatabaseClient database) {
		this.database = database;
	}

	Flux<Diagnosis> list(UUID practiceId, UUID clientId) {
		return this.database.sql("""
				select d.position, c.code, c.long_description, c.billable, c.retired
				from client_diagnosis d join icd10_code c on c.code = d.code
				where d.practice_id = :practiceId and d.client_id = :clientId order by d.position
				""")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.map((row) -> new Diagnosis(row.get("position", Integer.class),
					Icd10Code.display(row.get("code", String.class)), row.get("long_description", String.class),
					Boolean.TRUE.equals(row.get("billable", Boolean.class)),
					Boolean.TRUE.equals(row.get("retired", Boolean.class))))
			.all();
	}

	Mono<Boolean> any(UUID practiceId, UUID clientId) {
		return this.database.sql(
				"select exists (select 1 from client_diagnosis where practice_id = :practiceId and client_id = :clientId)")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.map((row) -> Boolean.TRUE.equals(row.get(0, Boolean.class)))
			.one();
	}

	/** Makes {@code codes} (stored form, in order) the client's list. */
	Mono<Void> replace(UUID practiceId, UUID clientId, List<String> codes, UUID by, Instant now) {
		String[] ordered = codes.toArray(String[]::new);
		Mono<Void> removeOthers = this.database
			.sql("delete from client_diagnosis where practice_id = :practiceId and client_id = :clientId"
					+ " and code <> all(:codes)")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.bind("codes", ordered)
			.then();
		Mono<Void> place = this.database.sql("""
				insert into client_diagnosis (practice_id, client_id, code, position, added_by, added_at)
				select :practiceId, :clientId, code, position, :by, :now
				from unnest(cast(:codes as text[])) with ordinality as listed(code, position)
				on conflict (client_id, code) do update set position = excluded.position
				""")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.bind("codes", ordered)
			.bind("by", by)
			.bind("now", now)
			.then();
		return removeOthers.then(codes.isEmpty() ? Mono.empty() : place);
	}

	Mono<Void> record(UUID practiceId, UUID clientId, List<DiagnosisChange> changes) {
		return Flux.fromIterable(changes)
			.concatMap((change) -> this.database.sql("""
					insert into client_diagnosis_change
					  (change_id, practice_id, client_id, code, action, position, changed_by, changed_at)
					values (:id, :practiceId, :clientId, :code, :action, :position, :by, :at)
					""")
				.bind("id", UUID.randomUUID())
				.bind("practiceId", practiceId)
				.bind("clientId", clientId)
				.bind("code", change.code())
				.bind("action", change.action())
				.bind("position", Parameter.fromOrEmpty(position(change), Short.class))
				.bind("by", change.changedBy())
				.bind("at", change.changedAt())
				.then())
			.then();
	}

	/** The latest changes, newest first, codes with their dot. */
	Flux<DiagnosisChange> history(UUID practiceId, UUID clientId, int limit) {
		return this.database.sql("""
				select action, code, position, changed_by, changed_at from client_diagnosis_change
				where practice_id = :practiceId and client_id = :clientId
				order by changed_at desc, action, position limit :limit
				""")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.bind("limit", limit)
			.map((row) -> new DiagnosisChange(row.get("action", String.class),
					Icd10Code.display(row.get("code", String.class)), row.get("position", Integer.class),
					row.get("changed_by", UUID.class), row.get("changed_at", Instant.class)))
			.all();
	}

	private static @Nullable Short position(DiagnosisChange change) {
		return (change.position() != null) ? change.position().shortValue() : null;
	}

}
