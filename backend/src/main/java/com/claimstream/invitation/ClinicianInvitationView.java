package com.claimstream.invitation;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation a client sent to a clinician, as their portal lists it.
 */
record ClinicianInvitationView(UUID id, String name, String email, Instant sentAt) {

}
