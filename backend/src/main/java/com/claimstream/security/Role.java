package com.claimstream.security;

/**
 * What an account may do. Practice roles work in the clinician portal ({@code /app}); a
 * {@link #CLIENT} works in the client portal ({@code /portal}).
 */
public enum Role {

	PRACTICE_ADMIN, CLINICIAN, STAFF, CLIENT;

	public boolean isPracticeMember() {
		return this != CLIENT;
	}

}
