package com.claimstream.benefits;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

/**
 * A benefit check's state (PRODUCT §7): {@code running → complete | incomplete | failed};
 * {@code incomplete | failed → manual_requested → verified | unverifiable}. The allowed
 * moves live here and nowhere else; any other is refused with a 409.
 */
public enum BenefitCheckStatus {

	RUNNING, COMPLETE, INCOMPLETE, FAILED, MANUAL_REQUESTED, VERIFIED, UNVERIFIABLE;

	private static final Map<BenefitCheckStatus, Set<BenefitCheckStatus>> NEXT = Map.of(RUNNING,
			EnumSet.of(COMPLETE, INCOMPLETE, FAILED), INCOMPLETE, EnumSet.of(MANUAL_REQUESTED), FAILED,
			EnumSet.of(MANUAL_REQUESTED), MANUAL_REQUESTED, EnumSet.of(VERIFIED, UNVERIFIABLE), COMPLETE,
			EnumSet.noneOf(BenefitCheckStatus.class), VERIFIED, EnumSet.noneOf(BenefitCheckStatus.class), UNVERIFIABLE,
			EnumSet.noneOf(BenefitCheckStatus.class));

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	static BenefitCheckStatus of(String wire) {
		return valueOf(wire.toUpperCase(Locale.ROOT));
	}

	boolean canMoveTo(BenefitCheckStatus next) {
		return NEXT.get(this).contains(next);
	}

	/** The next state, or a 409 naming the current one. */
	BenefitCheckStatus moveTo(BenefitCheckStatus next) {
		if (!canMoveTo(next)) {
			throw new ProblemException(Problem.ILLEGAL_TRANSITION,
					"A benefit check that is " + wire() + " cannot become " + next.wire(), Map.of("status", wire()));
		}
		return next;
	}

	/** Whether the check's numbers may be used for estimates and eligibility. */
	boolean usable() {
		return this == COMPLETE || this == VERIFIED;
	}

	/**
	 * Whether the check ended without usable numbers: it needs a person, never "no
	 * coverage".
	 */
	boolean needsManualVerification() {
		return this == INCOMPLETE || this == FAILED;
	}

}
