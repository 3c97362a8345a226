package com.claimstream.client;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.claimstream.stream.Audience;

/**
 * A client another feature acts on, resolved for a principal by
 * {@link ClientService#reference}: the practice, who sees events about the client (its
 * clinician then, and the client's own account), the date of birth the practice has on
 * file, and whether the client was removed.
 */
public record ClientRef(UUID practiceId, UUID clientId, Audience audience, @Nullable LocalDate dateOfBirth,
		boolean removed) {

	static ClientRef of(Client client) {
		return new ClientRef(client.practiceId(), client.id(),
				client.audience().andClientAccount(client.clientAccountId()), client.profile().dateOfBirth(),
				client.status() == ClientStatus.REMOVED);
	}

}
