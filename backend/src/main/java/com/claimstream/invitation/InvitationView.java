package com.claimstream.invitation;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as practice screens show it.
 */
public record InvitationView(UUID id, String status, Instant sentAt, Instant expiresAt) {

}
