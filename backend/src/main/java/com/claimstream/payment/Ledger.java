package com.claimstream.payment;

import java.time.Clock;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/**
 * The double-entry ledger (PRODUCT §14, RELIABILITY §2.2): transactions are appended in
 * the caller's transaction, never changed. The schema (V18) refuses an unbalanced
 * transaction at commit, any update or delete, a second transaction of a kind for the
 * same source, and a negative available balance. Balances are sums of entries, never
 * stored.
 */
@Service
public class Ledger {

	private final DatabaseClient database;

	private final Clock clock;

	Ledger(DatabaseClient database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	public Mono<Void> record(LedgerTransaction transaction) {
		UUID id = UUID.randomUUID();
		Mono<Void> header = this.database.sql("""
				insert into ledger_transaction (transaction_id, practice_id, kind, source_id, occurred_at)
				values (:id, :practice, :kind, :source, :now)
				""")
			.bind("id", id)
			.bind("practice", transaction.practiceId())
			.bind("kind", transaction.kind().wire())
			.bind("source", transaction.sourceId())
			.bind("now", this.clock.instant())
			.then();
		return header
			.thenMany(Flux.fromIterable(transaction.entries())
				.concatMap((entry) -> this.database.sql("""
						insert into ledger_entry (transaction_id, practice_id, account, amount_cents)
						values (:id, :practice, :account, :amount)
						""")
					.bind("id", id)
					.bind("practice", transaction.practiceId())
					.bind("account", entry.account().wire())
					.bind("amount", entry.amountCents())
					.then()))
			.then();
	}

}
