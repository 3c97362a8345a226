package com.claimstream.support;

import java.util.Map;

import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Client portal accounts made the way people make them: by accepting an emailed
 * invitation.
 */
public final class ClientAccounts {

	public static final String PASSWORD = "a long client password";

	private ClientAccounts() {
	}

	/**
	 * Accepts the invitation number {@code count} sent to {@code email}, creating the
	 * client account or signing in to the existing one, and returns the signed-in
	 * browser.
	 */
	public static Browser accept(WebTestClient http, String email, int count) {
		String token = Mailbox.invitationToken(http, email, count);
		Browser browser = new Browser(http);
		browser.post("/api/invitations/accept", Map.of("token", token, "password", PASSWORD)).expectStatus().isOk();
		return browser;
	}

}
