package com.claimstream.invitation;

import java.util.UUID;

import reactor.core.publisher.Mono;

import com.claimstream.stream.Audience;

/**
 * What the owner of the client records does when a client answers an invitation or lets
 * it expire; called inside the transaction of that change.
 */
public interface InvitationOutcomes {

	/**
	 * Who among the members may see events about the client now (its clinician at this
	 * moment), in the caller's transaction.
	 */
	Mono<Audience> audience(UUID practiceId, UUID clientId);

	Mono<Void> accepted(UUID practiceId, UUID clientId, UUID clientAccountId);

	Mono<Void> declined(UUID practiceId, UUID clientId);

	Mono<Void> expired(UUID practiceId, UUID clientId);

	/**
	 * A client's contact accepted their invitation: their account may now act for the
	 * client. Declining or expiring leaves the client's record as it was.
	 */
	Mono<Void> contactAccepted(UUID practiceId, UUID clientId, UUID contactId, UUID contactAccountId);

}
