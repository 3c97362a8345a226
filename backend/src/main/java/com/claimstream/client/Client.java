package com.claimstream.client;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.claimstream.stream.Audience;

/**
 * A client row: the profile, the connection status and the client account once connected.
 */
record Client(UUID id, UUID practiceId, ClientProfile profile, ClientStatus status, @Nullable UUID clientAccountId,
		Instant createdAt, Instant updatedAt, Instant lastActivityAt) {

	String displayName() {
		String first = (this.profile.preferredName() != null) ? this.profile.preferredName() : this.profile.firstName();
		return first + " " + this.profile.lastName();
	}

	/**
	 * Who among the members may see events about this client now: its clinician as
	 * assigned in this row (lock it, so a reassignment cannot pass the event).
	 */
	Audience audience() {
		return Audience.client(this.id, this.profile.clinicianId());
	}

}
