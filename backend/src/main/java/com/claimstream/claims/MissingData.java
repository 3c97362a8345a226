package com.claimstream.claims;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a claim can be missing before it is sent, each with the words shown to people and
 * where it is fixed: {@code practice} (the practice profile), {@code clinician} (the
 * rendering clinician's profile) or {@code client} (the client's record, insurance and
 * diagnoses).
 */
enum MissingData {

	PRACTICE_TAX_ID("The practice tax id (EIN)", "practice"), PRACTICE_ADDRESS("The practice address", "practice"),
	RENDERING_NPI("The clinician's individual NPI", "clinician"),
	CLIENT_DATE_OF_BIRTH("The client's date of birth", "client"), CLIENT_ADDRESS("The client's address", "client"),
	INSURANCE("The client's insurance", "client"),
	PAYER("An insurer Claimstream can bill (the insurer on file needs review)", "client"),
	DIAGNOSIS("A billable diagnosis", "client");

	private final String label;

	private final String fixedIn;

	MissingData(String label, String fixedIn) {
		this.label = label;
		this.fixedIn = fixedIn;
	}

	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	String label() {
		return this.label;
	}

	String fixedIn() {
		return this.fixedIn;
	}

	static Optional<MissingData> of(String code) {
		return Arrays.stream(values()).filter((missing) -> missing.code().equals(code)).findFirst();
	}

}
