package com.claimstream.insurance;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

@Repository
class ReimbursementAccountRepository {

	private final DatabaseClient database;

	ReimbursementAccountRepository(DatabaseClient database) {
		this.database = database;
	}

	/** The account's public part; the sealed number is read only by reimbursements. */
	Mono<ReimbursementAccountView> find(UUID practiceId, UUID clientId) {
		return this.database.sql("""
				select routing_number, account_last4, updated_at from reimbursement_account
				where practice_id = :practiceId and client_id = :clientId
				""")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.map((row) -> new ReimbursementAccountView(true, row.get("routing_number", String.class),
					row.get("account_last4", String.class), row.get("updated_at", Instant.class)))
			.all()
			.collectList()
			.flatMap((rows) -> rows.isEmpty() ? Mono.empty() : Mono.just(rows.get(0)));
	}

	Mono<Void> save(UUID practiceId, UUID clientId, String routingNumber, byte[] sealedAccountNumber, String last4,
			Instant now, UUID by) {
		return this.database.sql("""
				insert into reimbursement_account (client_id, practice_id, routing_number, account_number_sealed,
				  account_last4, updated_at, updated_by)
				values (:clientId, :practiceId, :routing, :sealed, :last4, :now, :by)
				on conflict (client_id) do update set routing_number = excluded.routing_number,
				  account_number_sealed = excluded.account_number_sealed, account_last4 = excluded.account_last4,
				  updated_at = excluded.updated_at, updated_by = excluded.updated_by
				""")
			.bind("clientId", clientId)
			.bind("practiceId", practiceId)
			.bind("routing", routingNumber)
			.bind("sealed", sealedAccountNumber)
			.bind("last4", last4)
			.bind("now", now)
			.bind("by", by)
			.then();
	}

}
