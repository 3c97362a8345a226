package com.claimstream.password;

import java.time.Instant;
import java.util.UUID;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

/**
 * One reset link as stored; the token itself is known only to the email.
 */
record PasswordReset(UUID id, UUID accountId, PasswordResetStatus status, Instant expiresAt) {

	/** Guards a use of the link: it must be open and not yet expired. */
	PasswordReset requireUsable(Instant now) {
		if (this.status != PasswordResetStatus.OPEN) {
			Problem refusal = this.status.refusal();
			throw new ProblemException(refusal, refusal.title());
		}
		if (!now.isBefore(this.expiresAt)) {
			throw new ProblemException(Problem.RESET_LINK_EXPIRED,
					"This password reset link has expired; ask for a new one");
		}
		return this;
	}

}
