package com.claimstream.charge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a charge is for (PRODUCT §11): only a session may be insured; a no-show, a late
 * cancellation and a miscellaneous charge are always Self-Pay and never owe a claim.
 */
public enum ChargeType {

	SESSION, NO_SHOW, LATE_CANCELLATION, MISCELLANEOUS;

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean alwaysSelfPay() {
		return this != SESSION;
	}

	static Optional<ChargeType> fromWire(String wire) {
		return Arrays.stream(values()).filter((type) -> type.wire().equals(wire)).findFirst();
	}

}
