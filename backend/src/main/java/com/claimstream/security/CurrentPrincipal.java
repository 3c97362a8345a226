package com.claimstream.security;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who is making a request, from their server-side session: every query of a practice
 * member is scoped by {@link #practiceId()}, every query of a client by
 * {@link #accountId()}. Controllers receive it as a method argument.
 */
public record CurrentPrincipal(UUID accountId, UUID sessionId, Role role, @Nullable UUID practiceId, String name,
		String email) {

	public boolean isPracticeMember() {
		return this.role.isPracticeMember();
	}

	/** The practice of a practice member; a client has none. */
	public UUID requirePracticeId() {
		if (this.practiceId == null) {
			throw new IllegalStateException("A client account has no practice");
		}
		return this.practiceId;
	}

}
