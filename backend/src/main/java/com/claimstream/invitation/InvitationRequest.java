package com.claimstream.invitation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who to invite, and what the link's landing page will tell them.
 */
public record InvitationRequest(UUID practiceId, UUID clientId, String email, String clientFirstName,
		String practiceName, @Nullable String clinicianName) {

}
