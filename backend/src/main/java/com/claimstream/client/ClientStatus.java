package com.claimstream.client;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

/**
 * A client's connection to the practice:
 * {@code invited → connected | declined | expired}; a new link makes a declined or
 * expired client invited again; {@code connected ⇄ archived}; any → removed. The allowed
 * moves live here and nowhere else.
 */
public enum ClientStatus {

	INVITED, CONNECTED, DECLINED, EXPIRED, ARCHIVED, REMOVED;

	private static final Set<ClientStatus> INVITABLE = Set.of(INVITED, DECLINED, EXPIRED);

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ClientStatus of(String wire) {
		return valueOf(wire.toUpperCase(Locale.ROOT));
	}

	/** The one refusal of anything done to a removed client. */
	static ProblemException removed() {
		return new ProblemException(Problem.CLIENT_REMOVED, "This client was removed");
	}

	/** The status after answering an invitation, or after sending a new one. */
	ClientStatus moveTo(ClientStatus next) {
		boolean allowed = switch (next) {
			case INVITED -> INVITABLE.contains(this);
			case CONNECTED -> this == INVITED || this == ARCHIVED;
			case DECLINED, EXPIRED -> this == INVITED;
			case ARCHIVED -> this == CONNECTED;
			case REMOVED -> this != REMOVED;
		};
		if (!allowed) {
			if (this == REMOVED) {
				throw removed();
			}
			throw new ProblemException(Problem.ILLEGAL_TRANSITION,
					"A client who is " + wire() + " cannot become " + next.wire(), Map.of("status", wire()));
		}
		return next;
	}

}
