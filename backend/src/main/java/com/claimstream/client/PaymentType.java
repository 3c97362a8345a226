package com.claimstream.client;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a client pays (PRODUCT §9). Which of them a client may have is decided by the
 * benefits feature ({@link PaymentTypeGate}); the client record only keeps the choice.
 */
public enum PaymentType {

	SELF_PAY, OON_PAY, CLAIMSTREAM_PAY, SUPERBILL;

	/**
	 * The wire values, for messages: "self_pay, oon_pay, claimstream_pay or superbill".
	 */
	static final String CHOICES = "self_pay, oon_pay, claimstream_pay or superbill";

	/** The same list as a pattern for request validation. */
	static final String PATTERN = "self_pay|oon_pay|claimstream_pay|superbill";

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<PaymentType> fromWire(String wire) {
		return Arrays.stream(values()).filter((type) -> type.wire().equals(wire)).findFirst();
	}

}
