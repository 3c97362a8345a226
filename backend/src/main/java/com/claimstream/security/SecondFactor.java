package com.claimstream.security;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a session stands with the second factor, as the SPA reads it to choose the
 * screen: the code screen, the enrolment screen, or the app.
 */
public enum SecondFactor {

	/** Password accepted; a TOTP or recovery code is still to come. */
	PENDING("pending"),
	/** TOTP enrolled and verified in this session. */
	VERIFIED("verified"),
	/**
	 * A practice member without TOTP: only account and enrolment routes until enrolled.
	 */
	ENROLMENT_REQUIRED("enrolment-required"),
	/** A client who has not turned two-factor on (optional for clients). */
	OFF("off");

	private final String slug;

	SecondFactor(String slug) {
		this.slug = slug;
	}

	@JsonValue
	public String slug() {
		return this.slug;
	}

}
