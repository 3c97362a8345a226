package com.claimstream.practice;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.claimstream.security.MemberAccount;
import com.claimstream.security.Role;

/**
 * One row of the team: a member ({@code active} or {@code deactivated}, {@code id} is the
 * account) or an open invitation ({@code invited}, {@code id} is the invitation, with its
 * expiry).
 */
record TeamMember(UUID id, String name, String email, Role role, String status, @Nullable Instant expiresAt) {

	static final String INVITED = "invited";

	static TeamMember of(MemberAccount account) {
		return new TeamMember(account.id(), account.name(), account.email(), account.role(),
				account.active() ? "active" : "deactivated", null);
	}

}
