package com.claimstream.payment;

import java.util.Locale;

/** How a card is funded; HSA/FSA cards are accepted like any other (PRODUCT §14). */
public enum CardFunding {

	CREDIT, DEBIT, HSA_FSA;

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static CardFunding of(String wire) {
		return valueOf(wire.toUpperCase(Locale.ROOT));
	}

}
