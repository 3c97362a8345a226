package com.claimstream.practice;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.security.PreparedAccount;
import com.claimstream.security.Role;

/**
 * A practice sign-up waiting for its owner to open the emailed link; the token itself is
 * known only to the email. {@code status}: {@code open}, {@code used} or {@code revoked}
 * (a newer sign-up of the same email); expiry is read from {@code expiresAt}.
 */
record PendingSignUp(UUID id, String email, String practiceName, String yourName, @Nullable String passwordHash,
		String status, Instant expiresAt) {

	/** Guards a use of the link: it must be open and not yet expired. */
	PendingSignUp requireUsable(Instant now) {
		Problem refusal = switch (this.status) {
			case "open" -> now.isBefore(this.expiresAt) ? null : Problem.SIGNUP_LINK_EXPIRED;
			case "used" -> Problem.SIGNUP_LINK_USED;
			default -> Problem.SIGNUP_LINK_REPLACED;
		};
		if (refusal != null) {
			throw new ProblemException(refusal, refusal.title());
		}
		return this;
	}

	PreparedAccount account() {
		if (this.passwordHash == null) {
			throw new IllegalStateException("An open sign-up keeps its password hash");
		}
		return new PreparedAccount(this.email, this.yourName, this.passwordHash, Role.PRACTICE_ADMIN, false);
	}

}
