package com.claimstream.security;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who is signed in, as the SPA reads it after sign-up, sign-in or invitation acceptance,
 * and where the session stands with the second factor (which screen comes next).
 */
public record SessionResponse(AccountBody account, @Nullable PracticeBody practice, SecondFactor secondFactor) {

	public record AccountBody(UUID id, String email, String name, Role role) {
	}

	public record PracticeBody(UUID id, String name) {
	}

}
