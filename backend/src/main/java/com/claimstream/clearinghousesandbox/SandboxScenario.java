package com.claimstream.clearinghousesandbox;

import java.util.Locale;

import com.claimstream.benefits.EligibilityResponse;

/**
 * How the sandbox answers an accepted claim, chosen by a marker anywhere in the member id
 * (docs/sandbox-clearinghouse.md).
 */
enum SandboxScenario {

	/** A 277CA after a day, the 835 after 4 to 6 weeks. */
	NORMAL,
	/**
	 * {@code PEND}: a 277 "pended for review" a week after the 277CA, the 835 two weeks
	 * later.
	 */
	PENDED,
	/** {@code SILENT}, or a payer that times out: the 277CA, then no decision at all. */
	SILENT,
	/**
	 * {@code DUP}: the 835 overtakes the 277CA, and both arrive again (FLT-08).
	 */
	DUPLICATED;

	static SandboxScenario of(String memberId, EligibilityResponse plan) {
		String id = memberId.toUpperCase(Locale.ROOT);
		boolean timeout = plan.rejections().stream().anyMatch((rejection) -> "42".equals(rejection.code()));
		if (id.contains("SILENT") || timeout) {
			return SILENT;
		}
		if (id.contains("PEND")) {
			return PENDED;
		}
		return id.contains("DUP") ? DUPLICATED : NORMAL;
	}

}
