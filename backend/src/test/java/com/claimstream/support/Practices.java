package com.claimstream.support;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.security.Role;

/**
 * Fresh practices for tests: each test works in its own practice, so tenancy isolates
 * tests and nothing is truncated. Practice accounts need TOTP (AUTH-05): these helpers
 * enrol it and answer the code screen as a user with an authenticator app would, keeping
 * each account's secret for later sign-ins and step-ups.
 */
public final class Practices {

	public static final String PASSWORD = "a long test password";

	private static final AtomicInteger counter = new AtomicInteger();

	private static final Map<String, String> secrets = new ConcurrentHashMap<>();

	private Practices() {
	}

	/**
	 * Signs up a new practice and returns its administrator's signed-in browser, TOTP
	 * enrolled.
	 */
	public static SignedIn signUp(WebTestClient http) {
		SignedIn admin = signUpBeforeEnrolment(http);
		enrol(admin.browser(), admin.email());
		return admin;
	}

	/** Signs up a new practice whose administrator has not enrolled TOTP yet. */
	public static SignedIn signUpBeforeEnrolment(WebTestClient http) {
		String email = uniqueEmail("admin");
		Browser browser = new Browser(http);
		Map<?, ?> session = completeSignUp(browser, Map.of("practiceName", "Practice " + counter.incrementAndGet(),
				"yourName", "Dr. Test Admin", "email", email, "password", PASSWORD));
		Map<?, ?> account = (Map<?, ?>) session.get("account");
		Map<?, ?> practice = (Map<?, ?>) session.get("practice");
		return new SignedIn(browser, UUID.fromString((String) practice.get("id")),
				UUID.fromString((String) account.get("id")), email);
	}

	/**
	 * Signs up as a user does: asks with this form (its email never used before), opens
	 * the emailed link in {@code browser} and returns the session it answers, signed in.
	 */
	public static Map<?, ?> completeSignUp(Browser browser, Map<String, ?> form) {
		browser.post("/api/practice-signups", form).expectStatus().isAccepted();
		String token = Mailbox.signUpToken(browser.http(), (String) form.get("email"), 1);
		return browser.post("/api/practice-signups/complete", Map.of("token", token))
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * A new browser signed in to the practice portal (after the clock moved past a
	 * session, say).
	 */
	public static Browser signIn(WebTestClient http, String email) {
		Browser browser = new Browser(http);
		Map<?, ?> session = browser
			.post("/api/sessions", Map.of("email", email, "password", PASSWORD, "portal", "practice"))
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		switch ((String) session.get("secondFactor")) {
			case "pending" ->
				browser.post("/api/sessions/current/second-factor", Map.of("code", code(email))).expectStatus().isOk();
			case "enrolment-required" -> enrol(browser, email);
			default -> {
			}
		}
		return browser;
	}

	/**
	 * Invites a member with this role into the administrator's practice and returns the
	 * member's browser, signed in by accepting the emailed link and enrolling TOTP.
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
		enrol(member, email);
		Map<?, ?> account = (Map<?, ?>) session.get("account");
		return new SignedIn(member, admin.practiceId(), UUID.fromString((String) account.get("id")), email);
	}

	/**
	 * Enrols TOTP for the signed-in account of {@code browser} and returns its recovery
	 * codes; later sign-ins of {@code email} answer codes from the same secret.
	 */
	public static List<String> enrol(Browser browser, String email) {
		Map<?, ?> enrolment = browser.post("/api/account/two-factor/enrolment")
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String secret = (String) enrolment.get("secret");
		secrets.put(email, secret);
		Map<?, ?> confirmed = browser
			.post("/api/account/two-factor/enrolment/confirm", Map.of("code", Authenticator.nextCode(secret)))
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return ((List<?>) confirmed.get("recoveryCodes")).stream().map(String.class::cast).toList();
	}

	/**
	 * A fresh TOTP code for the account of {@code email}, as its authenticator app shows.
	 */
	public static String code(String email) {
		return Authenticator.nextCode(secret(email));
	}

	/** The TOTP secret that {@link #enrol} set up for {@code email}. */
	public static String secret(String email) {
		String secret = secrets.get(email);
		if (secret == null) {
			throw new IllegalStateException("No TOTP enrolled by the test helpers for " + email);
		}
		return secret;
	}

	/**
	 * Verifies a fresh code, so the step-up routes accept this browser for 10 minutes.
	 */
	public static void stepUp(Browser browser, String email) {
		browser.post("/api/sessions/current/step-up", Map.of("code", code(email))).expectStatus().isOk();
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
