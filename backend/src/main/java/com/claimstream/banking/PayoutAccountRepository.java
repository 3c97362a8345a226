package com.claimstream.banking;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

@Repository
class PayoutAccountRepository {

	private final DatabaseClient database;

	PayoutAccountRepository(DatabaseClient database) {
		this.database = database;
	}

	/** The account's public part; the sealed number is read only by payouts. */
	Mono<PayoutAccountView> find(UUID practiceId) {
		return this.database
			.sql("select routing_number, account_last4, updated_at from payout_account where practice_id = :id")
			.bind("id", practiceId)
			.map((row) -> new PayoutAccountView(true, row.get("routing_number", String.class),
					row.get("account_last4", String.class), PayoutAccountView.CHECKING,
					row.get("updated_at", Instant.class)))
			.one();
	}

	Mono<Void> save(UUID practiceId, String routingNumber, byte[] sealedAccountNumber, String last4, Instant now,
			UUID updatedBy) {
		return this.database.sql("""
				insert into payout_account (practice_id, routing_number, account_number_sealed, account_last4,
				  updated_at, updated_by)
				values (:id, :routing, :sealed, :last4, :now, :by)
				on conflict (practice_id) do update set routing_number = excluded.routing_number,
				  account_number_sealed = excluded.account_number_sealed, account_last4 = excluded.account_last4,
				  updated_at = excluded.updated_at, updated_by = excluded.updated_by
				""")
			.bind("id", practiceId)
			.bind("routing", routingNumber)
			.bind("sealed", sealedAccountNumber)
			.bind("last4", last4)
			.bind("now", now)
			.bind("by", updatedBy)
			.then();
	}

}
