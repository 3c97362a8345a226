package com.claimstream.practice;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

@Repository
class PortalSettingsRepository {

	private final DatabaseClient database;

	PortalSettingsRepository(DatabaseClient database) {
		this.database = database;
	}

	Mono<Map<PortalToggle, Boolean>> practiceValues(UUID practiceId) {
		return values(
				this.database.sql("select toggle, enabled from practice_portal_setting where practice_id = :practiceId")
					.bind("practiceId", practiceId));
	}

	Mono<Map<PortalToggle, Boolean>> clientValues(UUID practiceId, UUID clientId) {
		return values(this.database.sql(
				"select toggle, enabled from client_portal_setting where practice_id = :practiceId and client_id = :clientId")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId));
	}

	Mono<Void> savePractice(UUID practiceId, Map<PortalToggle, Boolean> changes, Instant now) {
		return Flux.fromIterable(changes.entrySet())
			.concatMap((change) -> this.database
				.sql("""
						insert into practice_portal_setting (practice_id, toggle, enabled, updated_at)
						values (:practiceId, :toggle, :enabled, :now)
						on conflict (practice_id, toggle) do update set enabled = excluded.enabled, updated_at = excluded.updated_at
						""")
				.bind("practiceId", practiceId)
				.bind("toggle", change.getKey().wire())
				.bind("enabled", change.getValue())
				.bind("now", now)
				.then())
			.then();
	}

	/**
	 * Replaces the client's overrides: a toggle absent from {@code overrides} inherits.
	 */
	Mono<Void> replaceClient(UUID practiceId, UUID clientId, Map<PortalToggle, Boolean> overrides, Instant now) {
		Mono<Void> clear = this.database
			.sql("delete from client_portal_setting where practice_id = :practiceId and client_id = :clientId")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.then();
		return clear.thenMany(Flux.fromIterable(overrides.entrySet()))
			.concatMap((override) -> this.database.sql("""
					insert into client_portal_setting (practice_id, client_id, toggle, enabled, updated_at)
					values (:practiceId, :clientId, :toggle, :enabled, :now)
					""")
				.bind("practiceId", practiceId)
				.bind("clientId", clientId)
				.bind("toggle", override.getKey().wire())
				.bind("enabled", override.getValue())
				.bind("now", now)
				.then())
			.then();
	}

	private static Mono<Map<PortalToggle, Boolean>> values(DatabaseClient.GenericExecuteSpec query) {
		// a toggle retired from the enum is ignored rather than failing every read
		return query
			.map((row) -> Map.entry(PortalToggle.fromWire(row.get("toggle", String.class)),
					Boolean.TRUE.equals(row.get("enabled", Boolean.class))))
			.all()
			.filter((entry) -> entry.getKey().isPresent())
			.collect(() -> new EnumMap<PortalToggle, Boolean>(PortalToggle.class),
					(map, entry) -> map.put(entry.getKey().orElseThrow(), entry.getValue()))
			.map((map) -> map);
	}

}
