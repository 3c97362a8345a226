package com.claimstream.payment;

import java.util.Locale;

/** Why a processor declined a charge, as the charge's failure shows it. */
public enum DeclineReason {

	/** The issuer declined without saying why ("do not honor"). */
	GENERIC_DECLINE,

	INSUFFICIENT_FUNDS, EXPIRED_CARD, INCORRECT_CVC,

	/** The processor failed to process the card; trying again later may succeed. */
	PROCESSING_ERROR;

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static DeclineReason of(String wire) {
		return valueOf(wire.toUpperCase(Locale.ROOT));
	}

}
