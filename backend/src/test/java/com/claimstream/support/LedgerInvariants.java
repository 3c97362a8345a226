package com.claimstream.support;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared ledger check every money test ends with (RELIABILITY §2.2, ADR 0020): each
 * invariant is a query listing its violations, over the whole database, so a test that
 * leaves money in a wrong state fails whichever feature it tests.
 */
public final class LedgerInvariants {

	private static final Map<String, String> VIOLATIONS = new LinkedHashMap<>();

	static {
		VIOLATIONS.put("I1 every transaction balances over at least two entries", """
				select t.transaction_id::text from ledger_transaction t
				left join ledger_entry e on e.transaction_id = t.transaction_id
				group by t.transaction_id having coalesce(sum(e.amount_cents), 0) <> 0 or count(e.entry_id) < 2""");
		VIOLATIONS.put("I2 the whole ledger sums to zero", """
				select sum(amount_cents)::text from ledger_entry having sum(amount_cents) <> 0""");
		VIOLATIONS.put("I3 no practice's available balance is negative", """
				select practice_id::text from ledger_entry where account = 'practice_available'
				group by practice_id having sum(amount_cents) > 0""");
		VIOLATIONS.put("I4 every succeeded charge has exactly one payment transaction", """
				select c.charge_id::text from charge c
				where c.status = 'succeeded' and (select count(*) from ledger_transaction t
				  where t.kind = 'charge_payment' and t.source_id = c.charge_id) <> 1""");
		VIOLATIONS.put("I5 no payment transaction without its succeeded charge (no orphans)", """
				select t.transaction_id::text from ledger_transaction t
				left join charge c on c.charge_id = t.source_id and c.status = 'succeeded'
				where t.kind = 'charge_payment' and (c.charge_id is null or c.practice_id <> t.practice_id)""");
		VIOLATIONS.put("I6 a payment transaction moves exactly the charge's amounts",
				"""
						select c.charge_id::text from charge c join ledger_transaction t
						  on t.kind = 'charge_payment' and t.source_id = c.charge_id
						where (select coalesce(sum(amount_cents), 0) from ledger_entry e
						       where e.transaction_id = t.transaction_id and e.account = 'card_clearing') <> c.client_charge_cents
						   or (select coalesce(sum(amount_cents), 0) from ledger_entry e
						       where e.transaction_id = t.transaction_id and e.account = 'practice_pending')
						      <> -c.clinician_net_cents""");
		VIOLATIONS.put("I7 every processor charge succeeded for a Claimstream charge is that settled charge's", """
				select s.charge_id from sandbox_charge s
				where s.idempotency_key like 'charge-%' and s.status = 'succeeded'
				  and not exists (select 1 from charge c where c.processor_charge_id = s.charge_id
				                  and c.status = 'succeeded' and 'charge-' || c.charge_id = s.idempotency_key)""");
		VIOLATIONS.put("I8 a failed charge names the processor's failed charge or none", """
				select c.charge_id::text from charge c
				where c.status = 'failed' and c.processor_charge_id is not null and not exists (
				  select 1 from sandbox_charge s where s.charge_id = c.processor_charge_id and s.status = 'failed')""");
		VIOLATIONS.put("I9 every charge has its one idempotent request, answered once settled", """
				select c.charge_id::text from charge c left join idempotent_request r on r.charge_id = c.charge_id
				where r.charge_id is null or ((c.status = 'processing') <> (r.status = 'in_flight'))""");
		VIOLATIONS.put("I10 a claim is owed by exactly the succeeded insured charges", """
				select charge_id::text from charge where claim_owed <> (status = 'succeeded'
				  and payment_type in ('oon_pay', 'claimstream_pay'))""");
	}

	private LedgerInvariants() {
	}

	/** Fails with the broken invariants and their offending rows. */
	public static void verify(DatabaseClient database) {
		Map<String, List<String>> broken = new LinkedHashMap<>();
		VIOLATIONS.forEach((invariant, query) -> {
			List<String> rows = database.sql(query)
				.map((row) -> String.valueOf(row.get(0, String.class)))
				.all()
				.collectList()
				.block(Duration.ofSeconds(30));
			if (rows != null && !rows.isEmpty()) {
				broken.put(invariant, rows);
			}
		});
		assertThat(broken).as("ledger invariants").isEmpty();
	}

}
