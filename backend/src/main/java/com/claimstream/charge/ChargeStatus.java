package com.claimstream.charge;

import java.util.Locale;

/** processing → succeeded | failed (PRODUCT §11). */
enum ChargeStatus {

	PROCESSING, SUCCEEDED, FAILED;

	String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ChargeStatus of(String wire) {
		return valueOf(wire.toUpperCase(Locale.ROOT));
	}

}
