package com.claimstream.benefits;

import java.util.List;

/**
 * The procedures a benefit check asks allowed amounts for, and the client's usual service
 * until charging profiles say otherwise (a 60-minute psychotherapy session).
 */
final class UsualService {

	static final String DEFAULT_CPT = "90837";

	static final List<String> ASKED = List.of("90791", "90832", "90834", "90837", "90846", "90847");

	private UsualService() {
	}

}
