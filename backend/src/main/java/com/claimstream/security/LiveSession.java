package com.claimstream.security;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A live session with its two-factor state: whether the second factor is still to be
 * verified after the password, whether the account has TOTP, and when a code was last
 * verified in this session (step-up needs a recent one).
 */
record LiveSession(CurrentPrincipal principal, boolean pending, boolean enrolled, @Nullable Instant verifiedAt) {

	SecondFactor secondFactor() {
		if (this.pending) {
			return SecondFactor.PENDING;
		}
		if (this.enrolled) {
			return SecondFactor.VERIFIED;
		}
		return this.principal.isPracticeMember() ? SecondFactor.ENROLMENT_REQUIRED : SecondFactor.OFF;
	}

	boolean verifiedWithin(Duration window, Instant now) {
		return this.verifiedAt != null && this.verifiedAt.isAfter(now.minus(window));
	}

}
