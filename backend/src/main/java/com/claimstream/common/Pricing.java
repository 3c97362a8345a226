package com.claimstream.common;

/**
 * The fees of PRODUCT §10, each a percentage of the session fee rounded half-up to the
 * cent by {@link Percent}: the one place charges, estimates and payouts take them from.
 */
public final class Pricing {

	/** The clinician's processing fee on every payment type. */
	public static final Percent PROCESSING_FEE = Percent.percent(3);

	/** The OON Pay client fee, taken from a reimbursement above zero. */
	public static final Percent OON_PAY_FEE = Percent.percent(1);

	/** The Claimstream Pay fee added to the client's charge. */
	public static final Percent CLAIMSTREAM_PAY_FEE = Percent.percent(5);

	/** What a client pays per uploaded superbill. */
	public static final long SUPERBILL_FEE_CENTS = 200;

	private Pricing() {
	}

	/** What the clinician keeps of a session fee: the fee less the processing fee. */
	public static long clinicianNet(long sessionFeeCents) {
		return sessionFeeCents - PROCESSING_FEE.of(sessionFeeCents);
	}

	/**
	 * The OON Pay fee deducted from a reimbursement: 1% of the session fee when the
	 * reimbursement is above zero, never more than the reimbursement itself (no
	 * reimbursement, no fee; the client never owes on a reimbursement).
	 */
	public static long oonPayFee(long sessionFeeCents, long reimbursementCents) {
		return (reimbursementCents > 0) ? Math.min(OON_PAY_FEE.of(sessionFeeCents), reimbursementCents) : 0;
	}

	/**
	 * What a Claimstream Pay client is charged at the session: the fee less the expected
	 * reimbursement, plus 5% of the fee.
	 */
	public static long claimstreamPayCharge(long sessionFeeCents, long expectedReimbursementCents) {
		return sessionFeeCents - Math.min(expectedReimbursementCents, sessionFeeCents)
				+ CLAIMSTREAM_PAY_FEE.of(sessionFeeCents);
	}

	/**
	 * What a Self-Pay or OON Pay charge moves at the session: the client pays the fee,
	 * the clinician keeps it less the processing fee (the OON Pay fee comes later, out of
	 * the reimbursement).
	 */
	public static SessionPrice atSession(long sessionFeeCents) {
		long processingFee = PROCESSING_FEE.of(sessionFeeCents);
		return new SessionPrice(sessionFeeCents, sessionFeeCents, processingFee, sessionFeeCents - processingFee, 0, 0);
	}

	/**
	 * What a Claimstream Pay charge moves at the session: the client pays the gap plus
	 * 5%, Claimstream advances the expected reimbursement, and the clinician keeps the
	 * whole fee less the processing fee.
	 */
	public static SessionPrice claimstreamPayAtSession(long sessionFeeCents, long expectedReimbursementCents) {
		long processingFee = PROCESSING_FEE.of(sessionFeeCents);
		return new SessionPrice(sessionFeeCents, claimstreamPayCharge(sessionFeeCents, expectedReimbursementCents),
				processingFee, sessionFeeCents - processingFee, CLAIMSTREAM_PAY_FEE.of(sessionFeeCents),
				Math.min(expectedReimbursementCents, sessionFeeCents));
	}

	/**
	 * One session's money, in cents: what the card is charged, the processing fee, what
	 * the clinician keeps, the platform's fee and what Claimstream advances. Always
	 * {@code fee = processingFee + clinicianNet} and
	 * {@code clientCharge + advance = fee + platformFee}.
	 */
	public record SessionPrice(long feeCents, long clientChargeCents, long processingFeeCents, long clinicianNetCents,
			long platformFeeCents, long advanceCents) {

	}

}
