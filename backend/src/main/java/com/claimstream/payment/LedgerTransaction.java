package com.claimstream.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.claimstream.common.Pricing.SessionPrice;

/**
 * One balanced movement of money (ARCHITECTURE §6): signed entries, a debit positive,
 * summing to zero, recorded once per kind and source (the charge, refund or payout it
 * records). The schema refuses it otherwise.
 */
public record LedgerTransaction(UUID practiceId, Kind kind, UUID sourceId, List<Entry> entries) {

	public LedgerTransaction {
		entries = entries.stream().filter((entry) -> entry.amountCents() != 0).toList();
	}

	/**
	 * A succeeded charge: the card clearing account receives what the card paid and the
	 * advances what Claimstream advanced; the clinician net becomes pending for the
	 * practice, the processing and platform fees are earned.
	 */
	public static LedgerTransaction chargePayment(UUID practiceId, UUID chargeId, SessionPrice price) {
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry(LedgerAccount.CARD_CLEARING, price.clientChargeCents()));
		entries.add(new Entry(LedgerAccount.CLAIMSTREAM_PAY_ADVANCES, price.advanceCents()));
		entries.add(new Entry(LedgerAccount.PRACTICE_PENDING, -price.clinicianNetCents()));
		entries.add(new Entry(LedgerAccount.PROCESSOR_FEES, -price.processingFeeCents()));
		entries.add(new Entry(LedgerAccount.PLATFORM_FEES, -price.platformFeeCents()));
		return new LedgerTransaction(practiceId, Kind.CHARGE_PAYMENT, chargeId, entries);
	}

	/** What a transaction records. */
	public enum Kind {

		CHARGE_PAYMENT;

		public String wire() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** One signed amount on one account of the practice. */
	public record Entry(LedgerAccount account, long amountCents) {
	}

}
