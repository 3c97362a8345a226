package com.claimstream.security;

import java.util.Locale;

/**
 * The two apps of the SPA, each with its own accounts and sign-in page.
 */
public enum Portal {

	PRACTICE, CLIENT;

	String column() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Portal of(Role role) {
		return role.isPracticeMember() ? PRACTICE : CLIENT;
	}

}
