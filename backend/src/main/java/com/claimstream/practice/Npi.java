package com.claimstream.practice;

import org.jspecify.annotations.Nullable;

/**
 * National Provider Identifiers: 10 digits, the last a Luhn check digit computed over the
 * card-issuer prefix {@code 80840} followed by the first nine digits (CMS NPI check digit
 * rule).
 */
public final class Npi {

	private static final String PREFIX = "80840";

	private Npi() {
	}

	public static boolean isValid(@Nullable String value) {
		if (value == null || !value.matches("\\d{10}")) {
			return false;
		}
		return checkDigit(PREFIX + value.substring(0, 9)) == value.charAt(9) - '0';
	}

	/** The Luhn check digit of a payload: every second digit doubled from the right. */
	static int checkDigit(String payload) {
		int sum = 0;
		boolean doubled = true;
		for (int i = payload.length() - 1; i >= 0; i--) {
			int digit = payload.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return (10 - (sum % 10)) % 10;
	}

}
