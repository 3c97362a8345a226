package com.claimstream.client;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contact row; {@code accountId} is the contact's client account once they accepted
 * their invitation.
 */
record ClientContact(UUID id, UUID practiceId, UUID clientId, ContactRequest details, @Nullable UUID accountId,
		Instant createdAt) {

	boolean actsInPortal() {
		return this.details.portalAccess() && this.accountId != null;
	}

}
