package com.claimstream.security;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Mailbox;
import com.claimstream.support.MovableClock;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;
import com.claimstream.support.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class SessionApiTests {

	@Autowired
	WebTestClient http;

	@Autowired
	MovableClock clock;

	@Autowired
	DatabaseClient database;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void signUpSignsTheAdministratorInWithAnHttpOnlyLaxCookie() {
		Browser browser = new Browser(this.http);
		String email = Practices.uniqueEmail("lee");
		browser
			.post("/api/practice-signups",
					Map.of("practiceName", "Harbor Therapy", "yourName", "Dr. Lee", "email", email, "password",
							Practices.PASSWORD))
			.expectStatus()
			.isAccepted()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
		browser.post("/api/practice-signups/complete", Map.of("token", Mailbox.signUpToken(this.http, email, 1)))
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches(HttpHeaders.SET_COOKIE,
					"(?i)claimstream_session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax")
			.expectBody()
			.jsonPath("$.account.role")
			.isEqualTo("PRACTICE_ADMIN")
			.jsonPath("$.practice.name")
			.isEqualTo("Harbor Therapy");
		browser.get("/api/session").expectStatus().isOk().expectBody().jsonPath("$.account.name").isEqualTo("Dr. Lee");
	}

	@Test
	void signUpWithMissingFieldsAnswersFieldErrors() {
		new Browser(this.http).post("/api/practice-signups", Map.of("practiceName", " ", "email", "not-an-email"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation-failed")
			.jsonPath("$.errors[?(@.field == 'practiceName')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'yourName')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'email')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'password')]")
			.exists();
	}

	@Test
	void shortCommonAndPersonalPasswordsAreRefusedOnTheirField() {
		for (String password : new String[] { "7-chars", "password123", "Cedar Grove Counseling" }) {
			new Browser(this.http)
				.post("/api/practice-signups",
						Map.of("practiceName", "Cedar Grove Counseling", "yourName", "Dr. Ames", "email",
								Practices.uniqueEmail("ames"), "password", password))
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("/problems/weak-password")
				.jsonPath("$.errors[0].field")
				.isEqualTo("password");
		}
	}

	@Test
	void passwordsAreStoredAsArgon2idAtTheOwaspFloor() {
		SignedIn admin = Practices.signUp(this.http);
		assertThat(passwordHash(admin)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
	}

	@Test
	void aWeakerHashIsUpgradedAtTheNextSuccessfulSignIn() { // AUTH-01
		SignedIn admin = Practices.signUp(this.http);
		// Spring Security 5.8's defaults (m=16384) stand for a hash an older release
		// stored
		String weak = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(Practices.PASSWORD);
		this.database.sql("update account set password_hash = :hash where account_id = :id")
			.bind("hash", weak)
			.bind("id", admin.accountId())
			.then()
			.block();
		signIn(admin.email(), "a wrong password").expectStatus().isUnauthorized();
		assertThat(passwordHash(admin)).isEqualTo(weak);
		Practices.signIn(this.http, admin.email()).get("/api/clients").expectStatus().isOk();
		assertThat(passwordHash(admin)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(weak);
		Practices.signIn(this.http, admin.email()).get("/api/clients").expectStatus().isOk();
	}

	@Test
	void longPasswordsAreUsedWhole() {
		SignedIn admin = Practices.signUp(this.http);
		String long128 = "x".repeat(99) + "y" + "z".repeat(28);
		Practices.completeSignUp(new Browser(this.http), Map.of("practiceName", "Long Pw", "yourName", "Dr. Long",
				"email", "long-" + admin.email(), "password", long128));
		signIn("long-" + admin.email(), "x".repeat(99) + "Y" + "z".repeat(28)).expectStatus().isUnauthorized();
		signIn("long-" + admin.email(), long128).expectStatus().isOk();
	}

	@Test
	void unknownEmailAndWrongPasswordAnswerIdentically() {
		SignedIn admin = Practices.signUp(this.http);
		byte[] unknown = signIn(Practices.uniqueEmail("nobody"), "whatever password").expectStatus()
			.isUnauthorized()
			.expectBody()
			.returnResult()
			.getResponseBody();
		byte[] wrong = signIn(admin.email(), "whatever password").expectStatus()
			.isUnauthorized()
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(new String(wrong)).isEqualTo(new String(unknown)).contains("/problems/invalid-credentials");
	}

	@Test
	void sixthFailureInFifteenMinutesIsRateLimitedUntilTheWindowPasses() {
		SignedIn admin = Practices.signUp(this.http);
		for (int attempt = 1; attempt <= 5; attempt++) {
			signIn(admin.email(), "wrong password " + attempt).expectStatus().isUnauthorized();
		}
		signIn(admin.email(), Practices.PASSWORD).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/too-many-attempts");
		this.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		signIn(admin.email(), Practices.PASSWORD).expectStatus().isOk();
	}

	@Test
	void signInToTheOtherPortalIsRefused() {
		SignedIn admin = Practices.signUp(this.http);
		new Browser(this.http)
			.post("/api/sessions", Map.of("email", admin.email(), "password", Practices.PASSWORD, "portal", "client"))
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void signOutEndsTheSessionAtOnce() {
		SignedIn admin = Practices.signUp(this.http);
		String token = admin.browser().cookie("claimstream_session");
		admin.browser()
			.delete("/api/sessions/current")
			.expectStatus()
			.isNoContent()
			.expectHeader()
			.valueEquals("Clear-Site-Data", "\"cache\", \"storage\"");
		this.http.get()
			.uri("/api/clients")
			.cookie("claimstream_session", token)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/unauthenticated");
	}

	@Test
	void sessionEndsAfterThirtyMinutesWithoutARequest() {
		SignedIn admin = Practices.signUp(this.http);
		this.clock.advance(Duration.ofMinutes(29).plusSeconds(59));
		admin.browser().get("/api/clients").expectStatus().isOk();
		this.clock.advance(Duration.ofMinutes(30).plusSeconds(1));
		admin.browser().get("/api/clients").expectStatus().isUnauthorized();
	}

	@Test
	void sessionEndsAfterTwelveHoursEvenWhenActive() {
		SignedIn admin = Practices.signUp(this.http);
		for (int step = 1; step <= 35; step++) {
			this.clock.advance(Duration.ofMinutes(20));
			admin.browser().get("/api/clients").expectStatus().isOk();
		}
		this.clock.advance(Duration.ofMinutes(20).plusSeconds(1));
		admin.browser().get("/api/clients").expectStatus().isUnauthorized();
	}

	@Test
	void stateChangesWithoutTheCsrfTokenOrFromAnotherSiteAreRefused() {
		SignedIn admin = Practices.signUp(this.http);
		String session = admin.browser().cookie("claimstream_session");
		String csrf = admin.browser().cookie("XSRF-TOKEN");
		Map<String, String> client = Map.of("firstName", "A", "lastName", "B", "email", Practices.uniqueEmail("c"));
		this.http.post()
			.uri("/api/clients")
			.cookie("claimstream_session", session)
			.header("Origin", TestEnvironment.origin())
			.bodyValue(client)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/csrf-rejected");
		this.http.post()
			.uri("/api/clients")
			.cookie("claimstream_session", session)
			.cookie("XSRF-TOKEN", csrf)
			.header("X-XSRF-TOKEN", csrf)
			.header("Origin", "https://evil.example")
			.bodyValue(client)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/csrf-rejected");
		this.http.post()
			.uri("/api/clients")
			.cookie("claimstream_session", session)
			.cookie("XSRF-TOKEN", csrf)
			.header("X-XSRF-TOKEN", csrf)
			.header("Sec-Fetch-Site", "cross-site")
			.bodyValue(client)
			.exchange()
			.expectStatus()
			.isForbidden();
		admin.browser().get("/api/clients").expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
	}

	@Test
	void jsonEndpointsRefuseOtherContentTypes() {
		SignedIn admin = Practices.signUp(this.http);
		admin.browser()
			.http()
			.post()
			.uri("/api/clients")
			.header("Content-Type", "text/plain")
			.bodyValue("firstName=A")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/unsupported-media-type");
	}

	private WebTestClient.ResponseSpec signIn(String email, String password) {
		return new Browser(this.http).post("/api/sessions",
				Map.of("email", email, "password", password, "portal", "practice"));
	}

	private String passwordHash(SignedIn account) {
		return this.database.sql("select password_hash from account where account_id = :id")
			.bind("id", account.accountId())
			.map((row) -> row.get(0, String.class))
			.one()
			.block();
	}

}
