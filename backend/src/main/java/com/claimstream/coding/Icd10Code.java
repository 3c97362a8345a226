package com.claimstream.coding;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One ICD-10-CM code as the order file lists it, the code kept without its dot.
 *
 * @param billable whether it may be submitted on a claim (a header only groups codes)
 */
record Icd10Code(String code, boolean billable, String shortDescription, String longDescription, boolean retired) {

	/** A code as typed, with or without its dot: a letter, a digit, then 1 to 5 more. */
	private static final Pattern TYPED = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{0,4})?");

	/** The start of a code: a letter, then perhaps a digit and more, as while typing. */
	private static final Pattern STARTED = Pattern.compile("[A-Z]([0-9]([0-9A-Z](\\.?[0-9A-Z]{0,4})?)?)?");

	/** The code as printed: a dot after the third character when more follow. */
	String display() {
		return display(this.code);
	}

	static String display(String code) {
		return (code.length() > 3) ? code.substring(0, 3) + "." + code.substring(3) : code;
	}

	/**
	 * The stored form (no dot, upper case) of what someone typed, or null when it cannot
	 * be a code.
	 */
	static @Nullable String stored(String typed) {
		String upper = typed.strip().toUpperCase(Locale.ROOT);
		return TYPED.matcher(upper).matches() ? upper.replace(".", "") : null;
	}

	/**
	 * The stored form of what may be the start of a code ({@code F}, {@code F4},
	 * {@code F43.1}), or null.
	 */
	static @Nullable String started(String typed) {
		String upper = typed.strip().toUpperCase(Locale.ROOT);
		return STARTED.matcher(upper).matches() ? upper.replace(".", "") : null;
	}

	/**
	 * Why this code cannot be added to a client, or null when it can.
	 */
	@Nullable String refusal() {
		if (this.retired) {
			return display() + " is no longer a valid ICD-10-CM code";
		}
		if (!this.billable) {
			return display() + " is a category: choose one of the more specific codes under it";
		}
		return null;
	}

}
