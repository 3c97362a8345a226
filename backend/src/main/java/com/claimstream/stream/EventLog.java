package com.claimstream.stream;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Service;

/**
 * Appends events to the outbox inside the caller's transaction (no change without its
 * event, no event without its change), and reads a client's history.
 */
@Service
public class EventLog {

	private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
	};

	/**
	 * The {@code audience} column of team, banking and payout events; every other event's
	 * is {@code members}.
	 */
	static final String ADMINISTRATORS = "administrators";

	private final DatabaseClient database;

	private final JsonMapper json;

	EventLog(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	public Mono<Void> append(NewEvent event) {
		Audience audience = event.audience();
		return this.database.sql("""
				insert into event (practice_id, audience, client_id, clinician_account_id, client_account_id, kind,
				                   subject_type, subject_id, data)
				values (:practiceId, :audience, :clientId, :clinicianAccountId, :clientAccountId, :kind,
				        :subjectType, :subjectId, :data)
				""")
			.bind("practiceId", event.practiceId())
			.bind("audience", audience.administratorsOnly() ? ADMINISTRATORS : "members")
			.bind("clientId", Parameter.fromOrEmpty(audience.clientId(), UUID.class))
			.bind("clinicianAccountId", Parameter.fromOrEmpty(audience.clinicianAccountId(), UUID.class))
			.bind("clientAccountId", Parameter.fromOrEmpty(audience.clientAccountId(), UUID.class))
			.bind("kind", event.kind())
			.bind("subjectType", event.subjectType())
			.bind("subjectId", event.subjectId())
			.bind("data", Json.of(this.json.writeValueAsString(event.data())))
			.then();
	}

	/** The events about one client of a practice, newest first. */
	public Flux<PastEvent> clientHistory(UUID practiceId, UUID clientId) {
		return this.database.sql("""
				select event_id, kind, occurred_at, subject_type, subject_id, data
				from event where practice_id = :practiceId and client_id = :clientId
				order by occurred_at desc, position desc limit 200
				""")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.map((row) -> new PastEvent(row.get("event_id", UUID.class), row.get("kind", String.class),
					row.get("occurred_at", Instant.class), row.get("subject_type", String.class),
					row.get("subject_id", UUID.class),
					this.json.readValue(row.get("data", Json.class).asString(), DATA)))
			.all();
	}

}
