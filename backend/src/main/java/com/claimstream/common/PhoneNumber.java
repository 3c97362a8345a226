package com.claimstream.common;

/**
 * Phone numbers as the API accepts them.
 */
public final class PhoneNumber {

	/** E.164: a plus, a country code and up to 15 digits. */
	public static final String E164 = "\\+[1-9]\\d{6,14}";

	/** The message for a number that is not in E.164. */
	public static final String E164_MESSAGE = "Use the international format, like +12125551234";

	private PhoneNumber() {
	}

}
