package com.claimstream.invitation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who to invite, and what the link's landing page will tell them. A client's contact
 * (guardian) is invited to the client's record: {@code contactId} names them,
 * {@code clientFirstName} is then the contact's own name and {@code actingFor} the first
 * name of the client they act for.
 */
public record InvitationRequest(UUID practiceId, UUID clientId, String email, String clientFirstName,
		String practiceName, @Nullable String clinicianName, @Nullable UUID contactId, @Nullable String actingFor) {

	/** The invitation of the client themself. */
	public InvitationRequest(UUID practiceId, UUID clientId, String email, String clientFirstName, String practiceName,
			@Nullable String clinicianName) {
		this(practiceId, clientId, email, clientFirstName, practiceName, clinicianName, null, null);
	}

}
