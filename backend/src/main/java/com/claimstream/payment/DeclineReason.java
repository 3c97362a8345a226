package com.claimstream.payment;

import java.util.Locale;

/** Why a processor declined a charge, as the charge's failure shows it. */
public enum DeclineReason {

	/** The issuer declined without saying why ("do not honor"). */
	GENERIC_DECLINE("The card was declined (do not honor); ask the client for another card"),

	INSUFFICIENT_FUNDS("The card was declined for insufficient funds"), EXPIRED_CARD("The card has expired"),
	INCORRECT_CVC("The card's security code is incorrect"),

	/** The processor failed to process the card; trying again later may succeed. */
	PROCESSING_ERROR("The card processor could not process the card; try again later");

	private final String message;

	DeclineReason(String message) {
		this.message = message;
	}

	/** The sentence a failed charge shows. */
	public String message() {
		return this.message;
	}

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static DeclineReason of(String wire) {
		return valueOf(wire.toUpperCase(Locale.ROOT));
	}

}
