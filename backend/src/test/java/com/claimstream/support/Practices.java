package com.claimstream.support;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.security.Role;

/**
 * Fresh practices for tests: each test works in its own practice, so tenancy isolates
 * tests and nothing is truncated.
 */
public final class Practices {

	public static final String PASSWORD = "a long test password";

	private static final AtomicInteger counter = new AtomicInteger();

	private Practices() {
	}

	/** Signs up a new practice and returns its administrator's signed-in browser. */
	public static SignedIn signUp(WebTestClient http) {
		Browser browser = new Browser(http);
		String email = uniqueEmail("admin");
		Map<?, ?> session = browser
			.post("/api/practice-signups",
					Map.of("practiceName", "Practice " + counter.incrementAndGet(), "yourName", "Dr. Test Admin",
							"email", email, "password", PASSWORD))
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		Map<?, ?> account = (Map<?, ?>) session.get("account");
		Map<?, ?> practice = (Map<?, ?>) session.get("practice");
		return new SignedIn(browser, UUID.fromString((String) practice.get("id")),
				UUID.fromString((String) account.get("id")), email);
	}

	/**
	 * A new browser signed in to the practice portal (after the clock moved past a
	 * session, say).
	 */
	public static Browser signIn(WebTestClient http, String email) {
		Browser browser = new Browser(http);
		browser.post("/api/sessions", Map.of("email", email, "password", PASSWORD, "portal", "practice"))
			.expectStatus()
			.isOk();
		return browser;
	}

	/**
	 * Invites a member with this role into the administrator's practice and returns the
	 * member's browser, signed in by accepting the emailed link.
	 */
	public static SignedIn addMember(SignedIn admin, Role role) {
		String email = uniqueEmail(role.name().toLowerCase(Locale.ROOT));
		admin.browser()
			.post("/api/practice/team/invitations", Map.of("email", email, "name", "Test " + role, "role", role))
			.expectStatus()
			.isCreated();
		String token = Mailbox.teamInvitationToken(admin.browser().http(), email, 1);
		Browser member = admin.browser().another();
		Map<?, ?> session = member.post("/api/team-invitations/accept", Map.of("token", token, "password", PASSWORD))
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		Map<?, ?> account = (Map<?, ?>) session.get("account");
		return new SignedIn(member, admin.practiceId(), UUID.fromString((String) account.get("id")), email);
	}

	/** Adds a client through the API and returns its id. */
	public static UUID addClient(Browser browser, String email) {
		return addClient(browser, Map.of("firstName", "Casey", "lastName", "Client", "email", email));
	}

	/** Adds a client with this profile through the API and returns its id. */
	public static UUID addClient(Browser browser, Map<String, Object> profile) {
		Map<?, ?> client = browser.post("/api/clients", profile)
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString((String) client.get("id"));
	}

	/**
	 * Adds a client, accepts their invitation and returns the client's signed-in portal
	 * browser.
	 */
	public static ConnectedClient connectClient(WebTestClient http, Browser practice, String email) {
		return connectClient(http, practice, Map.of("firstName", "Casey", "lastName", "Client", "email", email));
	}

	/** The same, for a client added with this profile. */
	public static ConnectedClient connectClient(WebTestClient http, Browser practice, Map<String, Object> profile) {
		UUID clientId = addClient(practice, profile);
		Browser portal = new Browser(http);
		portal
			.post("/api/invitations/accept", Map.of("token",
					Mailbox.invitationToken(http, (String) profile.get("email")), "password", "a long client password"))
			.expectStatus()
			.isOk();
		return new ConnectedClient(portal, clientId);
	}

	public static String uniqueEmail(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
	}

	public record ConnectedClient(Browser portal, UUID clientId) {
	}

	public record SignedIn(Browser browser, UUID practiceId, UUID accountId, String email) {
	}

}
