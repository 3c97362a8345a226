package com.claimstream.security;

import java.util.UUID;

/**
 * What other features may know of an account: who it is, not how it signs in.
 */
public record AccountSummary(UUID id, String email, String name, Role role) {

}
