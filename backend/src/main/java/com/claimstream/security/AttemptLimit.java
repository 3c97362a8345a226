package com.claimstream.security;

import java.time.Duration;

/**
 * At most {@code max} failed attempts per key in any {@code window}.
 */
public record AttemptLimit(String scope, int max, Duration window) {

	static final AttemptLimit PER_ACCOUNT = new AttemptLimit("account", 5, Duration.ofMinutes(15));

	static final AttemptLimit PER_ADDRESS = new AttemptLimit("address", 50, Duration.ofMinutes(15));

	/** Password reset requests from one address, whatever the email. */
	public static final AttemptLimit RESET_REQUESTS_PER_ADDRESS = new AttemptLimit("reset-address", 20,
			Duration.ofMinutes(15));

	/** Password reset requests for one email, whether or not it has an account. */
	public static final AttemptLimit RESET_REQUESTS_PER_EMAIL = new AttemptLimit("reset-email", 5, Duration.ofHours(1));

	/**
	 * Practice sign-ups for one email, whether or not it has an account: each sends a
	 * mail.
	 */
	public static final AttemptLimit SIGNUPS_PER_EMAIL = new AttemptLimit("signup-email", 5, Duration.ofHours(1));

	/** Wrong current passwords when a signed-in account changes its password. */
	public static final AttemptLimit PASSWORD_CHANGES_PER_ACCOUNT = new AttemptLimit("password-change", 5,
			Duration.ofMinutes(15));

	/** Guessing invitation and reset tokens from one address. */
	public static final AttemptLimit TOKENS_PER_ADDRESS = new AttemptLimit("token-address", 20, Duration.ofMinutes(1));

	/** Wrong two-factor codes (TOTP or recovery) for one account. */
	static final AttemptLimit SECOND_FACTOR_PER_ACCOUNT = new AttemptLimit("second-factor", 5, Duration.ofMinutes(15));

}
