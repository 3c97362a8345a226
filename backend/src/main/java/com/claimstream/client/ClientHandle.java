package com.claimstream.client;

import java.util.UUID;

import com.claimstream.stream.Audience;

/**
 * A client another feature may act on for the principal who asked (payment methods, say):
 * what that feature needs to store rows and announce events about the client, and no
 * profile.
 *
 * @param audience who sees events about the client now, the client's own account included
 * @param portal whether the principal is the client (or a contact acting for them) in the
 * portal, rather than a practice member
 */
public record ClientHandle(UUID id, UUID practiceId, Audience audience, boolean portal) {

	static ClientHandle of(Client client, boolean portal) {
		return new ClientHandle(client.id(), client.practiceId(),
				client.audience().andClientAccount(client.clientAccountId()), portal);
	}

}
