package com.claimstream.practice;

import java.util.Arrays;
import java.util.Optional;

/**
 * A portal setting of PRODUCT 5: a practice-wide value that each client can override. The
 * wire name is published in the API.
 */
public enum PortalToggle {

	PAYMENTS("payments", true), SECURE_MESSAGING("secureMessaging", true), SELF_SCHEDULING("selfScheduling", false),
	SHOW_INSURANCE("showInsurance", true), EDIT_INSURANCE("editInsurance", true),
	GUARDIAN_ACCESS("guardianAccess", false), HIDE_PRACTICE_ADDRESS("hidePracticeAddress", false);

	private final String wire;

	private final boolean defaultValue;

	PortalToggle(String wire, boolean defaultValue) {
		this.wire = wire;
		this.defaultValue = defaultValue;
	}

	public String wire() {
		return this.wire;
	}

	/** The value before a practice chose one. */
	boolean defaultValue() {
		return this.defaultValue;
	}

	static Optional<PortalToggle> fromWire(String wire) {
		return Arrays.stream(values()).filter((toggle) -> toggle.wire.equals(wire)).findFirst();
	}

}
