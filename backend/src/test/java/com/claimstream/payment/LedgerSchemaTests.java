package com.claimstream.payment;

import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.R2dbcException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.common.Pricing;
import com.claimstream.payment.LedgerTransaction.Entry;
import com.claimstream.payment.LedgerTransaction.Kind;
import com.claimstream.support.ApiTest;
import com.claimstream.support.LedgerInvariants;
import com.claimstream.support.Practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The ledger's invariants live in the schema (RELIABILITY LED-01, LED-02, ADR 0020): an
 * unbalanced transaction, a change to an entry and a negative available balance are
 * refused by PostgreSQL itself, whatever code writes them.
 */
@ApiTest
class LedgerSchemaTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient database;

	@Autowired
	Ledger ledger;

	@Autowired
	TransactionalOperator transaction;

	@AfterEach
	void ledgerHolds() {
		LedgerInvariants.verify(this.database);
	}

	@Test
	void anUnbalancedTransactionIsRolledBackWhole() {
		UUID practice = Practices.signUp(this.http).practiceId();
		UUID source = UUID.randomUUID();
		LedgerTransaction unbalanced = new LedgerTransaction(practice, Kind.CHARGE_PAYMENT, source, List
			.of(new Entry(LedgerAccount.CARD_CLEARING, 20_000), new Entry(LedgerAccount.PRACTICE_PENDING, -19_999)));
		assertThatException().isThrownBy(() -> this.transaction.transactional(this.ledger.record(unbalanced)).block())
			.withMessageContaining("unbalanced");
		LedgerTransaction single = new LedgerTransaction(practice, Kind.CHARGE_PAYMENT, source,
				List.of(new Entry(LedgerAccount.CARD_CLEARING, 20_000), new Entry(LedgerAccount.PRACTICE_PENDING, 0)));
		assertThatException().isThrownBy(() -> this.transaction.transactional(this.ledger.record(single)).block())
			.withMessageContaining("unbalanced");
		assertThat(transactions(practice)).isZero();
	}

	@Test
	void entriesCannotBeChangedOrRemovedOnlyReversed() {
		UUID practice = Practices.signUp(this.http).practiceId();
		for (String change : List.of("update ledger_entry set amount_cents = amount_cents * 2 where practice_id = :p",
				"delete from ledger_entry where practice_id = :p",
				"delete from ledger_transaction where practice_id = :p")) {
			// recorded and changed in one transaction, which the refusal rolls back
			Mono<Void> recordThenChange = recorded(practice, UUID.randomUUID())
				.then(this.database.sql(change).bind("p", practice).then());
			assertThatException().isThrownBy(() -> this.transaction.transactional(recordThenChange).block())
				.withMessageContaining("append-only")
				.satisfies((ex) -> assertThat(sqlState(ex)).isEqualTo("42501"));
		}
		UUID source = UUID.randomUUID();
		assertThatException()
			.isThrownBy(
					() -> this.transaction.transactional(recorded(practice, source).then(recorded(practice, source)))
						.block())
			.satisfies((ex) -> assertThat(sqlState(ex)).isEqualTo("23505"));
		assertThat(transactions(practice)).isZero();
	}

	@Test
	void theAvailableBalanceNeverGoesBelowZero() {
		UUID practice = Practices.signUp(this.http).practiceId();
		// money made available, then more than that paid out, in one transaction
		LedgerTransaction available = new LedgerTransaction(practice, Kind.CHARGE_PAYMENT, UUID.randomUUID(), List
			.of(new Entry(LedgerAccount.PRACTICE_PENDING, 1_000), new Entry(LedgerAccount.PRACTICE_AVAILABLE, -1_000)));
		LedgerTransaction overdraw = new LedgerTransaction(practice, Kind.CHARGE_PAYMENT, UUID.randomUUID(),
				List.of(new Entry(LedgerAccount.PRACTICE_AVAILABLE, 1_001), new Entry(LedgerAccount.PAYOUTS, -1_001)));
		assertThatException()
			.isThrownBy(() -> this.transaction
				.transactional(this.ledger.record(available).then(this.ledger.record(overdraw)))
				.block())
			.withMessageContaining("available balance")
			.satisfies((ex) -> assertThat(sqlState(ex)).isEqualTo("23514"));
		assertThat(transactions(practice)).isZero();
	}

	private Mono<Void> recorded(UUID practice, UUID source) {
		return this.ledger.record(LedgerTransaction.chargePayment(practice, source, Pricing.atSession(20_000)));
	}

	private long transactions(UUID practice) {
		return this.database.sql("select count(*) as n from ledger_transaction where practice_id = :p")
			.bind("p", practice)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private static String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof R2dbcException r2dbc) {
				return r2dbc.getSqlState();
			}
		}
		return "none";
	}

}
