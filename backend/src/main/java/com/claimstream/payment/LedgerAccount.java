package com.claimstream.payment;

import java.util.Locale;

/**
 * The ledger's accounts, each kept per practice (ADR 0020). Entries are signed, a debit
 * positive: the card clearing account and the Claimstream Pay advances are assets
 * (positive balances), the practice's pending and available balances and the fee accounts
 * are owed or earned (negative sums).
 */
public enum LedgerAccount {

	/** What the card processor holds for Claimstream until it pays out. */
	CARD_CLEARING,

	/** The clinicians' 3% processing fees. */
	PROCESSOR_FEES,

	/** Claimstream's own fees (Claimstream Pay 5%, OON Pay 1%, superbills). */
	PLATFORM_FEES,

	/** Clinician nets owed to the practice, not yet available for payout. */
	PRACTICE_PENDING,

	/** Clinician nets the practice can be paid out (never below zero). */
	PRACTICE_AVAILABLE,

	/** Expected reimbursements Claimstream advanced on Claimstream Pay charges. */
	CLAIMSTREAM_PAY_ADVANCES,

	/** Reimbursements received for OON Pay clients, owed to them. */
	CLIENT_REIMBURSEMENTS_PAYABLE,

	/** Money returned to cards. */
	REFUNDS,

	/** Money sent to practices' bank accounts. */
	PAYOUTS;

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

}
