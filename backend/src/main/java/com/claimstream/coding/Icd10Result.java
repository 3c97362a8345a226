package com.claimstream.coding;

import org.jspecify.annotations.Nullable;

/**
 * A code as search shows it.
 *
 * @param code with its dot, as printed (F43.10)
 * @param unavailableReason why it cannot be added to a client (a category, retired), or
 * absent when it can
 */
record Icd10Result(String code, String description, String shortDescription, boolean billable,
		@Nullable String unavailableReason) {

	static Icd10Result of(Icd10Code code) {
		return new Icd10Result(code.display(), code.longDescription(), code.shortDescription(), code.billable(),
				code.refusal());
	}

}
