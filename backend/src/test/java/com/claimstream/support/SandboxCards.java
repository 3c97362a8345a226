package com.claimstream.support;

import java.util.Map;
import java.util.UUID;

/**
 * Cards typed into the sandbox's hosted card field, as the browser sends them there: the
 * numbers of docs/sandbox-cards.md and a later expiry.
 */
public final class SandboxCards {

	public static final String VISA = "4242 4242 4242 4242";

	public static final String EXPIRY = "12/34";

	private SandboxCards() {
	}

	/**
	 * Adds this test card to the client through the practice's API and returns the
	 * payment method's id.
	 */
	public static String addTo(Browser browser, UUID clientId, String number) {
		return (String) browser
			.post("/api/clients/{id}/payment-methods", Map.of("token", token(browser, number)), clientId)
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	/** Tokenizes the Visa test card and returns its token. */
	public static String token(Browser browser) {
		return token(browser, VISA);
	}

	/** Tokenizes this test card number and returns its token. */
	public static String token(Browser browser, String number) {
		return (String) tokenize(browser, number).get("token");
	}

	/** Tokenizes this test card number and returns the sandbox's whole answer. */
	public static Map<?, ?> tokenize(Browser browser, String number) {
		String cvc = (number.startsWith("37") || number.startsWith("34")) ? "1234" : "123";
		return browser
			.post("/sandbox/cards/tokens",
					Map.of("number", number, "expiry", EXPIRY, "cvc", cvc, "postalCode", "94107"))
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

}
