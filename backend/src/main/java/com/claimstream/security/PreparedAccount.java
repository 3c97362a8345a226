package com.claimstream.security;

/**
 * A practice account not yet created: its password checked and hashed, kept until its
 * owner confirms the email. {@code taken}: this email already has an account in that
 * portal.
 */
public record PreparedAccount(String email, String name, String passwordHash, Role role, boolean taken) {

	@Override
	public String toString() {
		return "PreparedAccount[" + this.email + ", " + this.role + ", taken=" + this.taken + "]";
	}

}
