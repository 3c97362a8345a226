package com.claimstream.client;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

import com.claimstream.invitation.InvitationView;

/**
 * A client as the detail screen reads it: the profile fields, flattened, and the status.
 */
public record ClientResponse(UUID id, String status, @JsonUnwrapped ClientProfile profile,
		@Nullable ClinicianRef clinician, Instant createdAt, Instant updatedAt, @Nullable InvitationView invitation) {

}
