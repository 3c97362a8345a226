package com.claimstream.invitation;

import java.util.Locale;

import com.claimstream.common.Problem;

/**
 * The life of one link: {@code sent → accepted | declined | expired | revoked}. Only a
 * sent link can be used; every other state names why not.
 */
public enum InvitationStatus {

	SENT, ACCEPTED, DECLINED, EXPIRED, REVOKED;

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	static InvitationStatus of(String wire) {
		return valueOf(wire.toUpperCase(Locale.ROOT));
	}

	/** Why a link in this state cannot be used (none for {@link #SENT}). */
	Problem refusal() {
		return switch (this) {
			case SENT -> throw new IllegalStateException("A sent invitation can be used");
			case ACCEPTED, DECLINED -> Problem.INVITATION_USED;
			case EXPIRED -> Problem.INVITATION_EXPIRED;
			case REVOKED -> Problem.INVITATION_REVOKED;
		};
	}

}
