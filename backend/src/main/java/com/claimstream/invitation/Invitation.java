package com.claimstream.invitation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

/**
 * One invitation link as stored; the token itself is known only to the email.
 */
record Invitation(UUID id, UUID practiceId, UUID clientId, String email, String clientFirstName, String practiceName,
		@Nullable String clinicianName, InvitationStatus status, Instant sentAt, Instant expiresAt,
		@Nullable UUID contactId, @Nullable String actingFor) {

	boolean hasExpired(Instant now) {
		return this.status == InvitationStatus.SENT && !now.isBefore(this.expiresAt);
	}

	/** Guards a use of the link: it must be sent and not yet expired. */
	Invitation requireUsable(Instant now) {
		if (this.status != InvitationStatus.SENT) {
			Problem refusal = this.status.refusal();
			throw new ProblemException(refusal, refusal.title());
		}
		if (hasExpired(now)) {
			throw new ProblemException(Problem.INVITATION_EXPIRED, Problem.INVITATION_EXPIRED.title());
		}
		return this;
	}

	InvitationView view() {
		return new InvitationView(this.id, this.status.wire(), this.sentAt, this.expiresAt);
	}

}
