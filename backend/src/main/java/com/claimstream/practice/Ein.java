package com.claimstream.practice;

import org.jspecify.annotations.Nullable;

/**
 * Employer Identification Numbers (the practice's tax id): nine digits, written
 * {@code 12-3456789} or {@code 123456789}; stored as the nine digits.
 */
final class Ein {

	private Ein() {
	}

	static boolean isValid(@Nullable String value) {
		return value != null && value.trim().matches("\\d{2}-?\\d{7}");
	}

	/** The nine digits of a valid EIN. */
	static String normalize(String value) {
		return value.trim().replace("-", "");
	}

}
