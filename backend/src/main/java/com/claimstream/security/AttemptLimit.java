package com.claimstream.security;

import java.time.Duration;

/**
 * At most {@code max} failed attempts per key in any {@code window}.
 */
public record AttemptLimit(String scope, int max, Duration window) {

	static final AttemptLimit PER_ACCOUNT = new AttemptLimit("account", 5, Duration.ofMinutes(15));

	static final AttemptLimit PER_ADDRESS = new AttemptLimit("address", 50, Duration.ofMinutes(15));

	/** Guessing invitation (and later reset) tokens from one address. */
	public static final AttemptLimit TOKENS_PER_ADDRESS = new AttemptLimit("token-address", 20, Duration.ofMinutes(1));

}
