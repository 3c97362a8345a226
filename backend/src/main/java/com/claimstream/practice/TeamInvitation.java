package com.claimstream.practice;

import java.time.Instant;
import java.util.UUID;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.security.Role;

/**
 * One invitation of a team member as stored; the token itself is known only to the email.
 * {@code status} is {@code sent → accepted | expired | revoked}.
 */
record TeamInvitation(UUID id, UUID practiceId, String email, String name, Role role, String status, Instant sentAt,
		Instant expiresAt) {

	static final String SENT = "sent";

	boolean isOpen(Instant now) {
		return SENT.equals(this.status) && now.isBefore(this.expiresAt);
	}

	/** Guards a use of the link: it must be sent and not yet expired. */
	TeamInvitation requireUsable(Instant now) {
		Problem refusal = switch (this.status) {
			case SENT -> now.isBefore(this.expiresAt) ? null : Problem.INVITATION_EXPIRED;
			case "accepted" -> Problem.INVITATION_USED;
			case "expired" -> Problem.INVITATION_EXPIRED;
			default -> Problem.INVITATION_REVOKED;
		};
		if (refusal != null) {
			throw new ProblemException(refusal, refusal.title());
		}
		return this;
	}

	TeamMember member() {
		return new TeamMember(this.id, this.name, this.email, this.role, TeamMember.INVITED, this.expiresAt);
	}

}
