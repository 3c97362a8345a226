package com.claimstream.audit;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One row to append: what happened ({@code event}, and for PHI its action and resource),
 * who did it, to which clients (ids only) or with which filters (names only), the
 * answer's status and the request it came with.
 */
record AuditEntry(String event, @Nullable AuditAction action, @Nullable String resource, Actor actor,
		List<UUID> clientIds, @Nullable String queryFilters, int status, Origin origin) {

	static final String PHI_ACCESS = "phi_access";

	String outcome() {
		return (this.status < 400) ? "allowed" : "denied";
	}

	/** The account acting, when known (a failed sign-in has none). */
	record Actor(@Nullable UUID accountId, @Nullable String role, @Nullable UUID practiceId) {

		static final Actor NOBODY = new Actor(null, null, null);

	}

	/** Where the request came from and which route it took. */
	record Origin(String method, String route, String ip, @Nullable String userAgent, String requestId) {

	}

}
