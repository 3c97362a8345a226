package com.claimstream.support;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.claimstream.security.Totp;

/**
 * The authenticator app of the tests: current TOTP codes for a secret, on the
 * application's (movable) clock. The server refuses a step already accepted, so each code
 * handed out is of a step later than the last one handed out for that secret (±1 step
 * drift allows three per 30 s); past that it waits for the next step.
 */
public final class Authenticator {

	/**
	 * Seconds that must remain in the current step to hand out the previous step's code:
	 * the server accepts it only until the current step ends, and a loaded machine can
	 * take seconds to deliver the request.
	 */
	private static final long MARGIN_SECONDS = 10;

	private static final Map<String, Long> lastStep = new ConcurrentHashMap<>();

	private Authenticator() {
	}

	/** A code the server accepts now and has not accepted before. */
	public static String nextCode(String secret) {
		while (true) {
			Instant now = clock().instant();
			long current = Totp.step(now);
			long last = lastStep.getOrDefault(secret, Long.MIN_VALUE);
			boolean previousSafe = Math.floorMod(now.getEpochSecond(), 30) <= 30 - MARGIN_SECONDS;
			long candidate = Math.max(previousSafe ? current - 1 : current, last + 1);
			if (candidate <= current + 1) {
				lastStep.put(secret, candidate);
				return Totp.code(secret, candidate);
			}
			sleepUntilNextStep(now);
		}
	}

	/**
	 * A code that the server already accepted (for replay tests); empty when none yet.
	 */
	public static String lastCode(String secret) {
		return Totp.code(secret, lastStep.get(secret));
	}

	/** A well-formed code that is not valid now (nor one step either side). */
	public static String wrongCode(String secret) {
		long current = Totp.step(clock().instant());
		for (int i = 0; i < 1_000_000; i++) {
			String candidate = String.format("%06d", i);
			if (!candidate.equals(Totp.code(secret, current - 1)) && !candidate.equals(Totp.code(secret, current))
					&& !candidate.equals(Totp.code(secret, current + 1))
					&& !candidate.equals(Totp.code(secret, current + 2))) {
				return candidate;
			}
		}
		throw new IllegalStateException("unreachable");
	}

	private static void sleepUntilNextStep(Instant now) {
		long millisIntoStep = Math.floorMod(now.toEpochMilli(), 30_000L);
		try {
			Thread.sleep(30_000L - millisIntoStep + 50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Clock clock() {
		Clock clock = TestClockConfiguration.current;
		return (clock != null) ? clock : Clock.systemUTC();
	}

}
