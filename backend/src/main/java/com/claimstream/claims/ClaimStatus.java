package com.claimstream.claims;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

/**
 * A claim's state (PRODUCT §12): {@code created → submitted → acknowledged | rejected →
 * adjudicated → reimbursement_sent}, with {@code needs_information} before submission
 * while practice or client data is missing, and {@code investigating} when an accepted
 * claim has no decision in time. An 835 may overtake its 277CA (FLT-08): a submitted
 * claim may be adjudicated directly. The allowed moves live here and nowhere else; any
 * other is refused with a 409.
 */
public enum ClaimStatus {

	CREATED, NEEDS_INFORMATION, SUBMITTED, ACKNOWLEDGED, REJECTED, INVESTIGATING, ADJUDICATED, REIMBURSEMENT_SENT;

	private static final Map<ClaimStatus, Set<ClaimStatus>> NEXT = Map.of(CREATED,
			EnumSet.of(NEEDS_INFORMATION, SUBMITTED), NEEDS_INFORMATION, EnumSet.of(SUBMITTED), SUBMITTED,
			EnumSet.of(ACKNOWLEDGED, REJECTED, ADJUDICATED, INVESTIGATING), ACKNOWLEDGED,
			EnumSet.of(ADJUDICATED, INVESTIGATING), INVESTIGATING, EnumSet.of(ADJUDICATED), ADJUDICATED,
			EnumSet.of(REIMBURSEMENT_SENT), REJECTED, EnumSet.noneOf(ClaimStatus.class), REIMBURSEMENT_SENT,
			EnumSet.noneOf(ClaimStatus.class));

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ClaimStatus of(String wire) {
		return valueOf(wire.toUpperCase(Locale.ROOT));
	}

	boolean canMoveTo(ClaimStatus next) {
		return NEXT.get(this).contains(next);
	}

	/** The next state, or a 409 naming the current one. */
	ClaimStatus moveTo(ClaimStatus next) {
		if (!canMoveTo(next)) {
			throw new ProblemException(Problem.ILLEGAL_TRANSITION,
					"A claim that is " + wire() + " cannot become " + next.wire(), Map.of("status", wire()));
		}
		return next;
	}

	/** Whether the claim was sent: users can no longer change what it says. */
	boolean sent() {
		return this != CREATED && this != NEEDS_INFORMATION;
	}

	/** Whether the payer's decision is in. */
	boolean decided() {
		return this == ADJUDICATED || this == REIMBURSEMENT_SENT;
	}

}
