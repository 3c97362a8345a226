package com.claimstream.client;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.Role;

/**
 * The clients a member may see (TEN-09): a clinician sees only the clients assigned to
 * them, administrators and staff the whole practice. Every read and write of a client
 * goes through a scope, so a client outside it answers like one that does not exist.
 *
 * @param clinicianId set when the member only sees their own clients
 * @param memberId the member, whose pins order the list
 */
record ClientScope(UUID practiceId, @Nullable UUID clinicianId, UUID memberId) {

	static ClientScope of(CurrentPrincipal principal) {
		UUID own = (principal.role() == Role.CLINICIAN) ? principal.accountId() : null;
		return new ClientScope(principal.requirePracticeId(), own, principal.accountId());
	}

	/** Whether the member may choose any clinician of the practice for a client. */
	boolean assignsAnyClinician() {
		return this.clinicianId == null;
	}

}
