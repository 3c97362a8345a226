package com.claimstream.insurance;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a typed insurer name is: {@code matched} (one payer), {@code ambiguous} (several:
 * the user must pick one), {@code unknown} (accepted, the policy needs review),
 * {@code refused} (a government program Claimstream cannot bill, with why), or
 * {@code all} (nothing typed: the whole catalog).
 */
record PayerLookup(String status, List<Payer> payers, @Nullable String program, @Nullable String explanation) {

	static final String MATCHED = "matched";

	static final String AMBIGUOUS = "ambiguous";

	static final String UNKNOWN = "unknown";

	static final String REFUSED = "refused";

	static PayerLookup of(String status, List<Payer> payers) {
		return new PayerLookup(status, payers, null, null);
	}

}
