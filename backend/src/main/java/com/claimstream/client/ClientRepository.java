package com.claimstream.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import com.claimstream.common.Address;

@Repository
class ClientRepository {

	/** The condition of every scoped query, over {@link #scopeValues}. */
	private static final String IN_SCOPE = "practice_id = :practiceId"
			+ " and (cast(:clinician as uuid) is null or clinician_account_id = :clinician)";

	private final DatabaseClient database;

	private final JsonMapper json;

	ClientRepository(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	Mono<Void> insert(Client client) {
		return bindProfile(this.database.sql("""
				insert into client (client_id, practice_id, first_name, last_name, email, preferred_name, pronouns,
				  date_of_birth, sex_at_birth, mobile_phone, sms_consent, email_consent, preferred_language, timezone,
				  address, emergency_contact, alert_note, clinician_account_id, payment_type, status, created_at,
				  updated_at, last_activity_at)
				values (:id, :practiceId, :firstName, :lastName, :email, :preferredName, :pronouns, :dateOfBirth,
				  :sexAtBirth, :mobilePhone, :smsConsent, :emailConsent, :preferredLanguage, :timezone, :address,
				  :emergencyContact, :alertNote, :clinicianId, :paymentType, :status, :now, :now, :now)
				"""), client.profile()).bind("id", client.id())
			.bind("practiceId", client.practiceId())
			.bind("status", client.status().wire())
			.bind("now", client.createdAt())
			.then();
	}

	/** Replaces every profile field of the client. */
	Mono<Void> updateProfile(UUID clientId, ClientProfile profile, Instant now) {
		return bindProfile(this.database.sql("""
				update client set first_name = :firstName, last_name = :lastName, email = :email,
				  preferred_name = :preferredName, pronouns = :pronouns, date_of_birth = :dateOfBirth,
				  sex_at_birth = :sexAtBirth, mobile_phone = :mobilePhone, sms_consent = :smsConsent,
				  email_consent = :emailConsent, preferred_language = :preferredLanguage, timezone = :timezone,
				  address = :address, emergency_contact = :emergencyContact, alert_note = :alertNote,
				  clinician_account_id = :clinicianId, payment_type = :paymentType, updated_at = :now,
				  last_activity_at = :now
				where client_id = :id
				"""), profile).bind("id", clientId).bind("now", now).then();
	}

	private GenericExecuteSpec bindProfile(GenericExecuteSpec spec, ClientProfile p) {
		return spec.bind("firstName", p.firstName())
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
			.bind("paymentType", (p.paymentType() != null) ? p.paymentType() : ClientProfile.SELF_PAY);
	}

	/** A client the scope sees. */
	Mono<Client> find(ClientScope scope, UUID clientId) {
		return this.database.sql("select * from client where " + IN_SCOPE + " and client_id = :id")
			.bindValues(scopeValues(scope))
			.bind("id", clientId)
			.map(this::client)
			.one();
	}

	/** A client the scope sees, locked until the transaction ends. */
	Mono<Client> lock(ClientScope scope, UUID clientId) {
		return this.database.sql("select * from client where " + IN_SCOPE + " and client_id = :id for update")
			.bindValues(scopeValues(scope))
			.bind("id", clientId)
			.map(this::client)
			.one();
	}

	/** A client of the practice, whoever is assigned. */
	Mono<Client> find(UUID practiceId, UUID clientId) {
		return this.database.sql("select * from client where practice_id = :practiceId and client_id = :id")
			.bind("practiceId", practiceId)
			.bind("id", clientId)
			.map(this::client)
			.one();
	}

	/**
	 * A client of the practice, whoever is assigned, locked until the transaction ends.
	 */
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

	Mono<Void> updatePaymentType(UUID clientId, String paymentType, Instant now) {
		return this.database.sql(
				"update client set payment_type = :type, updated_at = :now, last_activity_at = :now where client_id = :id")
			.bind("type", paymentType)
			.bind("now", now)
			.bind("id", clientId)
			.then();
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

	/**
	 * One page of the clients the scope sees, the member's pinned clients first, each row
	 * with the total count of the query. Archived and removed clients only show when
	 * asked for by status.
	 */
	Flux<ListedClient> list(ClientScope scope, ClientQuery query) {
		Map<String, Parameter> values = new HashMap<>(scopeValues(scope));
		values.put("member", Parameter.from(scope.memberId()));
		values.put("status",
				Parameter.fromOrEmpty((query.status() != null) ? query.status().wire() : null, String.class));
		values.put("paymentType", Parameter.fromOrEmpty(query.paymentType(), String.class));
		values.put("assigned", Parameter.fromOrEmpty(query.clinicianId(), UUID.class));
		values.put("search", Parameter.fromOrEmpty(likeEscaped(query.search()), String.class));
		values.put("limit", Parameter.from(query.size()));
		values.put("offset", Parameter.from((long) query.page() * query.size()));
		return this.database.sql("""
				select client.*, pin.client_id is not null as pinned, count(*) over () as total from client
				left join client_pin pin on pin.client_id = client.client_id and pin.account_id = :member
				where""" + " " + IN_SCOPE + """
				  and (case when cast(:status as text) is null then status not in ('archived', 'removed')
				       else status = :status end)
				  and (cast(:paymentType as text) is null or payment_type = :paymentType)
				  and (cast(:assigned as uuid) is null or clinician_account_id = :assigned)
				  and (cast(:search as text) is null
				       or (first_name || ' ' || last_name || ' ' || coalesce(preferred_name, '') || ' ' || email)
				          ilike '%' || :search || '%')
				order by pinned desc,""" + " " + query.orderBy() + " limit :limit offset :offset")
			.bindValues(values)
			.map((row) -> new ListedClient(client(row), Boolean.TRUE.equals(row.get("pinned", Boolean.class)),
					row.get("total", Long.class)))
			.all();
	}

	/** How many clients the scope sees in each status. */
	Mono<Map<String, Long>> countByStatus(ClientScope scope) {
		return this.database.sql("select status, count(*) as n from client where " + IN_SCOPE + " group by status")
			.bindValues(scopeValues(scope))
			.map((row) -> Map.entry(row.get("status", String.class), row.get("n", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	Mono<Void> pin(UUID memberId, UUID clientId, Instant now) {
		return this.database.sql("""
				insert into client_pin (client_id, account_id, pinned_at) values (:client, :member, :now)
				on conflict do nothing
				""").bind("client", clientId).bind("member", memberId).bind("now", now).then();
	}

	Mono<Void> unpin(UUID memberId, UUID clientId) {
		return this.database.sql("delete from client_pin where client_id = :client and account_id = :member")
			.bind("client", clientId)
			.bind("member", memberId)
			.then();
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

	record ListedClient(Client client, boolean pinned, long total) {
	}

	private static Map<String, Parameter> scopeValues(ClientScope scope) {
		return Map.of("practiceId", Parameter.from(scope.practiceId()), "clinician",
				Parameter.fromOrEmpty(scope.clinicianId(), UUID.class));
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
				row.get("alert_note", String.class), row.get("clinician_account_id", UUID.class),
				row.get("payment_type", String.class));
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
