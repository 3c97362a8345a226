package com.claimstream.practice;

import org.jspecify.annotations.Nullable;

/**
 * Optional text fields as profiles store them.
 */
final class Text {

	private Text() {
	}

	/** The trimmed text, or {@code null} when there is none. */
	static @Nullable String orNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
