package com.claimstream.security;

import java.util.UUID;

/**
 * A practice member's account as the team sees it: who, which role, and whether it may
 * still sign in.
 */
public record MemberAccount(UUID id, String email, String name, Role role, boolean active) {

}
