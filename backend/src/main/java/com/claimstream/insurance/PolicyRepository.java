package com.claimstream.insurance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import com.claimstream.insurance.PolicyRules.NewPolicy;

@Repository
class PolicyRepository {

	private final DatabaseClient database;

	PolicyRepository(DatabaseClient database) {
		this.database = database;
	}

	Mono<StoredPolicy> find(UUID practiceId, UUID clientId) {
		return this.database.sql("""
				select policy_id, practice_id, client_id, payer_id, payer_name, needs_review, member_id, group_number,
				       relationship, subscriber_first_name, subscriber_last_name, subscriber_date_of_birth,
				       client_date_of_birth, updated_at
				from insurance_policy where practice_id = :practiceId and client_id = :clientId
				""")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.map(PolicyRepository::policy)
			.all()
			// every row is read: a query cancelled half-read leaves its connection
			// unusable
			.collectList()
			.flatMap((rows) -> rows.isEmpty() ? Mono.empty() : Mono.just(rows.get(0)));
	}

	/** Creates the client's policy or replaces it, keeping its id and card images. */
	Mono<UUID> save(UUID practiceId, UUID clientId, NewPolicy policy, Instant now, UUID by) {
		Subscriber subscriber = policy.subscriber();
		return this.database.sql("""
				insert into insurance_policy (policy_id, practice_id, client_id, payer_id, payer_name, needs_review,
				  member_id, group_number, relationship, subscriber_first_name, subscriber_last_name,
				  subscriber_date_of_birth, client_date_of_birth, created_at, updated_at, updated_by)
				values (:id, :practiceId, :clientId, :payerId, :payerName, :needsReview, :memberId, :groupNumber,
				  :relationship, :first, :last, :subscriberBorn, :clientBorn, :now, :now, :by)
				on conflict (client_id) do update set payer_id = excluded.payer_id, payer_name = excluded.payer_name,
				  needs_review = excluded.needs_review, member_id = excluded.member_id,
				  group_number = excluded.group_number, relationship = excluded.relationship,
				  subscriber_first_name = excluded.subscriber_first_name,
				  subscriber_last_name = excluded.subscriber_last_name,
				  subscriber_date_of_birth = excluded.subscriber_date_of_birth,
				  client_date_of_birth = excluded.client_date_of_birth, updated_at = excluded.updated_at,
				  updated_by = excluded.updated_by
				returning policy_id
				""")
			.bind("id", UUID.randomUUID())
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.bind("payerId",
					Parameter.fromOrEmpty((policy.payer().payer() != null) ? policy.payer().payer().id() : null,
							String.class))
			.bind("payerName", policy.payer().name())
			.bind("needsReview", policy.payer().needsReview())
			.bind("memberId", policy.memberId())
			.bind("groupNumber", Parameter.fromOrEmpty(policy.groupNumber(), String.class))
			.bind("relationship", policy.relationship())
			.bind("first", Parameter.fromOrEmpty((subscriber != null) ? subscriber.firstName() : null, String.class))
			.bind("last", Parameter.fromOrEmpty((subscriber != null) ? subscriber.lastName() : null, String.class))
			.bind("subscriberBorn",
					Parameter.fromOrEmpty((subscriber != null) ? subscriber.dateOfBirth() : null, LocalDate.class))
			.bind("clientBorn", policy.clientDateOfBirth())
			.bind("now", now)
			.bind("by", by)
			.map((row) -> row.get("policy_id", UUID.class))
			.one();
	}

	Mono<Void> delete(UUID policyId) {
		return this.database.sql("delete from insurance_policy where policy_id = :id").bind("id", policyId).then();
	}

	Flux<StoredCard> cards(UUID policyId) {
		return this.database.sql("""
				select side, storage_key, file_type, size_bytes, uploaded_at from insurance_card
				where policy_id = :id order by side desc
				""").bind("id", policyId).map(PolicyRepository::card).all();
	}

	/** Stores the card of this side, replacing the one before. */
	Mono<Void> saveCard(StoredPolicy policy, StoredCard card, UUID by) {
		return this.database.sql("""
				insert into insurance_card (policy_id, practice_id, client_id, side, storage_key, file_type,
				  size_bytes, uploaded_at, uploaded_by)
				values (:policyId, :practiceId, :clientId, :side, :key, :type, :size, :at, :by)
				on conflict (policy_id, side) do update set storage_key = excluded.storage_key,
				  file_type = excluded.file_type, size_bytes = excluded.size_bytes,
				  uploaded_at = excluded.uploaded_at, uploaded_by = excluded.uploaded_by
				""")
			.bind("policyId", policy.id())
			.bind("practiceId", policy.practiceId())
			.bind("clientId", policy.clientId())
			.bind("side", card.side())
			.bind("key", card.storageKey())
			.bind("type", card.fileType())
			.bind("size", card.sizeBytes())
			.bind("at", card.uploadedAt())
			.bind("by", by)
			.then();
	}

	Mono<Void> deleteCard(UUID policyId, String side) {
		return this.database.sql("delete from insurance_card where policy_id = :id and side = :side")
			.bind("id", policyId)
			.bind("side", side)
			.then();
	}

	private static StoredPolicy policy(Readable row) {
		String first = row.get("subscriber_first_name", String.class);
		Subscriber subscriber = (first != null) ? new Subscriber(first, row.get("subscriber_last_name", String.class),
				row.get("subscriber_date_of_birth", LocalDate.class)) : null;
		return new StoredPolicy(row.get("policy_id", UUID.class), row.get("practice_id", UUID.class),
				row.get("client_id", UUID.class), row.get("payer_id", String.class),
				row.get("payer_name", String.class), Boolean.TRUE.equals(row.get("needs_review", Boolean.class)),
				row.get("member_id", String.class), row.get("group_number", String.class),
				row.get("relationship", String.class), subscriber, row.get("client_date_of_birth", LocalDate.class),
				row.get("updated_at", Instant.class));
	}

	private static StoredCard card(Readable row) {
		return new StoredCard(row.get("side", String.class), row.get("storage_key", String.class),
				row.get("file_type", String.class), row.get("size_bytes", Integer.class),
				row.get("uploaded_at", Instant.class));
	}

}
