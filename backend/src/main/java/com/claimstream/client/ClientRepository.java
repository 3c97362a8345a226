package com.claimstream.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import com.claimstream.common.Address;

@Repository
class ClientRepository {

	private final DatabaseClient database;

	private final JsonMapper json;

	ClientRepository(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	Mono<Void> insert(Client client) {
		ClientProfile p = client.profile();
		return this.database.sql("""
				insert into client (client_id, practice_id, first_name, last_name, email, preferred_name, pronouns,
				  date_of_birth, sex_at_birth, mobile_phone, sms_consent, email_consent, preferred_language, timezone,
				  address, emergency_contact, alert_note, clinician_account_id, status, created_at, updated_at,
				  last_activity_at)
				values (:id, :practiceId, :firstName, :lastName, :email, :preferredName, :pronouns, :dateOfBirth,
				  :sexAtBirth, :mobilePhone, :smsConsent, :emailConsent, :preferredLanguage, :timezone, :address,
				  :emergencyContact, :alertNote, :clinicianId, :status, :now, :now, :now)
				""")
			.bind("id", client.id())
			.bind("practiceId", client.practiceId())
			.bind("firstName", p.firstName())
			.bind("lastName", p.lastName())
			.bind("email", p.email())
			.bind("preferredName", Parameter.fromOrEmpty(p.preferredName(), String.class))
			.bind("pronouns", Parameter.fromOrEmpty(p.pronouns(), String.class))
			.bind("dateOfBirth", Parameter.fromOrEmpty(p.dateOfBirth(), LocalDate.class))
			.bind("sexAtBirth", Parameter.fromOrEmpty(p.sexAtBirth(), String.class))
			.bind("mobilePhone", Parameter.fromOrEmpty(p.mobilePhone(), String.class))
			.bind("smsConsent", Boolean.TRUE.equals(p.smsConsent()))
			.bind("emailConsent", !Boolean.FALSE.equals(p.emailConsent()))
			.bind("preferredLanguage", Parameter.fromOrEmpty(p.preferredLanguage(), String.class))
			.bind("timezone", Parameter.fromOrEmpty(p.timezone(), String.class))
			.bind("address", Parameter.fromOrEmpty(toJson(p.address()), Json.class))
			.bind("emergencyContact", Parameter.fromOrEmpty(toJson(p.emergencyContact()), Json.class))
			.bind("alertNote", Parameter.fromOrEmpty(p.alertNote(), String.class))
			.bind("clinicianId", Parameter.fromOrEmpty(p.clinicianId(), UUID.class))
			.bind("status", client.status().wire())
			.bind("now", client.createdAt())
			.then();
	}

	Mono<Client> find(UUID practiceId, UUID clientId) {
		return this.database.sql("select * from client where practice_id = :practiceId and client_id = :id")
			.bind("practiceId", practiceId)
			.bind("id", clientId)
			.map(this::client)
			.one();
	}

	/** The same row, locked until the transaction ends. */
	Mono<Client> lock(UUID practiceId, UUID clientId) {
		return this.database.sql("select * from client where practice_id = :practiceId and client_id = :id for update")
			.bind("practiceId", practiceId)
			.bind("id", clientId)
			.map(this::client)
			.one();
	}

	Mono<Client> findActiveByEmail(UUID practiceId, String email) {
		return this.database
			.sql("select * from client where practice_id = :practiceId and email = :email and status <> 'removed'")
			.bind("practiceId", practiceId)
			.bind("email", email)
			.map(this::client)
			.one();
	}

	Mono<Void> updateStatus(UUID clientId, ClientStatus status, @Nullable UUID clientAccountId, Instant now) {
		return this.database.sql("""
				update client set status = :status, client_account_id = coalesce(:account, client_account_id),
				  updated_at = :now, last_activity_at = :now
				where client_id = :id
				""")
			.bind("status", status.wire())
			.bind("account", Parameter.fromOrEmpty(clientAccountId, UUID.class))
			.bind("now", now)
			.bind("id", clientId)
			.then();
	}

	Mono<Void> touch(UUID clientId, Instant now) {
		return this.database.sql("update client set last_activity_at = :now where client_id = :id")
			.bind("now", now)
			.bind("id", clientId)
			.then();
	}

	/** One page of the practice's clients, each row with the total count of the query. */
	Flux<Counted<Client>> list(UUID practiceId, ClientQuery query) {
		return this.database.sql("""
				select *, count(*) over () as total from client
				where practice_id = :practiceId
				  and (cast(:status as text) is null or status = :status)
				  and (cast(:search as text) is null
				       or (first_name || ' ' || last_name || ' ' || coalesce(preferred_name, '') || ' ' || email)
				          ilike '%' || :search || '%')
				order by """ + " " + query.orderBy() + " limit :limit offset :offset")
			.bind("practiceId", practiceId)
			.bind("status",
					Parameter.fromOrEmpty((query.status() != null) ? query.status().wire() : null, String.class))
			.bind("search", Parameter.fromOrEmpty(likeEscaped(query.search()), String.class))
			.bind("limit", query.size())
			.bind("offset", (long) query.page() * query.size())
			.map((row) -> new Counted<>(client(row), row.get("total", Long.class)))
			.all();
	}

	Flux<Client> findByAccount(UUID clientAccountId) {
		return this.database.sql("select * from client where client_account_id = :account order by created_at")
			.bind("account", clientAccountId)
			.map(this::client)
			.all();
	}

	/**
	 * The clients a contact's account acts for: the contact has portal access and the
	 * client is not removed.
	 */
	Flux<Client> findActedForBy(UUID contactAccountId) {
		return this.database.sql("""
				select c.* from client c
				join client_contact k on k.client_id = c.client_id and k.practice_id = c.practice_id
				where k.account_id = :account and k.portal_access and c.status <> 'removed'
				order by k.created_at""").bind("account", contactAccountId).map(this::client).all();
	}

	record Counted<T>(T item, long total) {
	}

	private Client client(Readable row) {
		ClientProfile profile = new ClientProfile(row.get("first_name", String.class),
				row.get("last_name", String.class), row.get("email", String.class),
				row.get("preferred_name", String.class), row.get("pronouns", String.class),
				row.get("date_of_birth", LocalDate.class), row.get("sex_at_birth", String.class),
				row.get("mobile_phone", String.class), row.get("sms_consent", Boolean.class),
				row.get("email_consent", Boolean.class), row.get("preferred_language", String.class),
				row.get("timezone", String.class), fromJson(row.get("address", Json.class), Address.class),
				fromJson(row.get("emergency_contact", Json.class), EmergencyContact.class),
				row.get("alert_note", String.class), row.get("clinician_account_id", UUID.class));
		return new Client(row.get("client_id", UUID.class), row.get("practice_id", UUID.class), profile,
				ClientStatus.of(row.get("status", String.class)), row.get("client_account_id", UUID.class),
				row.get("created_at", Instant.class), row.get("updated_at", Instant.class),
				row.get("last_activity_at", Instant.class));
	}

	private @Nullable Json toJson(@Nullable Object value) {
		return (value != null) ? Json.of(this.json.writeValueAsString(value)) : null;
	}

	private <T> @Nullable T fromJson(@Nullable Json value, Class<T> type) {
		return (value != null) ? this.json.readValue(value.asString(), type) : null;
	}

	private static @Nullable String likeEscaped(@Nullable String search) {
		if (search == null || search.isBlank()) {
			return null;
		}
		return search.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
