package com.claimstream.security;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An account's recent sign-ins and failed attempts, as its owner sees them on the account
 * security page.
 */
public record SignInHistory(List<SignIn> signIns, List<Failure> failures) {

	/** A session: when it started, from where, on what, and whether it is still live. */
	public record SignIn(Instant at, @Nullable String address, String device, boolean current, boolean live) {
	}

	/** A wrong password for this account's email. */
	public record Failure(Instant at, @Nullable String address, String device) {
	}

}
