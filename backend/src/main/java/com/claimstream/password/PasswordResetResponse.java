package com.claimstream.password;

/**
 * The one answer to a reset request, whether or not the email has an account.
 */
record PasswordResetResponse(String message) {

	static final PasswordResetResponse SENT = new PasswordResetResponse(
			"If an account exists for that email, we sent a link to reset its password.");

}
