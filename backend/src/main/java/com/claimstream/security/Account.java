package com.claimstream.security;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An account as stored: one portal, one role, and for practice roles one practice. A
 * deactivated practice member cannot sign in; their sessions were ended.
 */
record Account(UUID id, String portal, String email, String name, String passwordHash, Role role,
		@Nullable UUID practiceId, boolean active) {

}
