package com.claimstream.password;

import java.util.Locale;

import com.claimstream.common.Problem;

/**
 * The life of one reset link: {@code open → used | revoked}; expiry is read from its
 * time, not stored.
 */
enum PasswordResetStatus {

	OPEN, USED, REVOKED;

	String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	static PasswordResetStatus of(String wire) {
		return valueOf(wire.toUpperCase(Locale.ROOT));
	}

	/** Why a link in this state cannot be used (none for {@link #OPEN}). */
	Problem refusal() {
		return switch (this) {
			case OPEN -> throw new IllegalStateException("An open reset link can be used");
			case USED -> Problem.RESET_LINK_USED;
			case REVOKED -> Problem.RESET_LINK_REPLACED;
		};
	}

}
