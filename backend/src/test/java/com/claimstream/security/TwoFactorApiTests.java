package com.claimstream.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Authenticator;
import com.claimstream.support.Browser;
import com.claimstream.support.MovableClock;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AUTH-05 (TOTP: drift, replay, rate limit, recovery codes, no client data without the
 * second factor) and SES-02 (a new token after the second factor and after step-up).
 */
@ApiTest
class TwoFactorApiTests {

	private static final String SESSION_COOKIE = "claimstream_session";

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
	void aPracticeMemberWithoutTotpReachesOnlyAccountAndEnrolmentRoutes() {
		SignedIn admin = Practices.signUpBeforeEnrolment(this.http);
		Browser browser = admin.browser();
		browser.get("/api/session")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.secondFactor")
			.isEqualTo("enrolment-required");
		for (String route : List.of("/api/clients", "/api/practice/profile")) {
			browser.get(route)
				.expectStatus()
				.isForbidden()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("/problems/mfa-enrolment-required");
		}
		browser.get("/api/account/two-factor")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.enabled")
			.isEqualTo(false);

		Map<?, ?> enrolment = browser.post("/api/account/two-factor/enrolment")
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String secret = (String) enrolment.get("secret");
		assertThat((String) enrolment.get("uri")).startsWith("otpauth://totp/Claimstream%3A")
			.contains("secret=" + secret, "issuer=Claimstream", "digits=6", "period=30");
		byte[] sealed = this.database.sql("select sealed_secret from totp_credential where account_id = :id")
			.bind("id", admin.accountId())
			.map((row) -> row.get("sealed_secret", byte[].class))
			.one()
			.block();
		assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(secret);

		String before = browser.cookie(SESSION_COOKIE);
		Map<?, ?> confirmed = browser
			.post("/api/account/two-factor/enrolment/confirm", Map.of("code", Authenticator.nextCode(secret)))
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat((List<?>) confirmed.get("recoveryCodes")).hasSize(10).doesNotHaveDuplicates();
		assertThat(browser.cookie(SESSION_COOKIE)).isNotEqualTo(before);
		browser.get("/api/clients").expectStatus().isOk();
	}

	@Test
	void signInWithTotpIsPendingUntilACodeThenTheTokenIsRotated() {
		SignedIn admin = Practices.signUp(this.http);
		Browser browser = new Browser(this.http);
		browser
			.post("/api/sessions", Map.of("email", admin.email(), "password", Practices.PASSWORD, "portal", "practice"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.secondFactor")
			.isEqualTo("pending");
		for (String route : List.of("/api/clients", "/api/account/two-factor", "/api/account/sign-ins")) {
			browser.get(route)
				.expectStatus()
				.isForbidden()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("/problems/second-factor-required");
		}
		String pendingToken = browser.cookie(SESSION_COOKIE);

		browser.post("/api/sessions/current/second-factor", Map.of("code", Practices.code(admin.email())))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.secondFactor")
			.isEqualTo("verified");

		assertThat(browser.cookie(SESSION_COOKIE)).isNotEqualTo(pendingToken);
		browser.get("/api/clients").expectStatus().isOk();
		withToken(pendingToken).get().uri("/api/session").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void aCodeIsValidOneStepEitherSideAndOnlyOnce() throws InterruptedException {
		SignedIn admin = Practices.signUp(this.http);
		String secret = Practices.secret(admin.email());
		awayFromAStepBoundary();
		long now = Totp.step(this.clock.instant());
		Browser browser = pendingSignIn(admin);
		browser.post("/api/sessions/current/second-factor", Map.of("code", Totp.code(secret, now + 2)))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invalid-code");
		String oneStepAhead = Totp.code(secret, now + 1);
		browser.post("/api/sessions/current/second-factor", Map.of("code", oneStepAhead)).expectStatus().isOk();

		Browser again = pendingSignIn(admin);
		again.post("/api/sessions/current/second-factor", Map.of("code", oneStepAhead)).expectStatus().isBadRequest();
		this.clock.advance(Duration.ofSeconds(90));
		String oneStepBehind = Totp.code(secret, now + 2);
		again.post("/api/sessions/current/second-factor", Map.of("code", oneStepBehind)).expectStatus().isOk();
		pendingSignIn(admin).post("/api/sessions/current/second-factor", Map.of("code", oneStepBehind))
			.expectStatus()
			.isBadRequest();
	}

	/** So that the step computed here is still the server's at the next request. */
	private void awayFromAStepBoundary() throws InterruptedException {
		long millisIntoStep = Math.floorMod(this.clock.instant().toEpochMilli(), 30_000L);
		if (millisIntoStep > 25_000) {
			Thread.sleep(30_000 - millisIntoStep + 100);
		}
	}

	@Test
	void fiveWrongCodesAreRateLimitedWithRetryAfter() {
		SignedIn admin = Practices.signUp(this.http);
		String secret = Practices.secret(admin.email());
		Browser browser = pendingSignIn(admin);
		for (int i = 0; i < 5; i++) {
			browser.post("/api/sessions/current/second-factor", Map.of("code", Authenticator.wrongCode(secret)))
				.expectStatus()
				.isBadRequest();
		}
		browser.post("/api/sessions/current/second-factor", Map.of("code", Practices.code(admin.email())))
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists("Retry-After")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/too-many-attempts");
		browser.get("/api/clients").expectStatus().isForbidden();
	}

	@Test
	void recoveryCodesAreSingleUseAndStoredHashed() {
		SignedIn admin = Practices.signUpBeforeEnrolment(this.http);
		List<String> codes = Practices.enrol(admin.browser(), admin.email());
		String stored = this.database
			.sql("select string_agg(encode(code_hash, 'escape'), ',') as all "
					+ "from recovery_code where account_id = :id")
			.bind("id", admin.accountId())
			.map((row) -> row.get("all", String.class))
			.one()
			.block();
		assertThat(codes).allSatisfy((code) -> assertThat(stored).doesNotContain(code, code.replace("-", "")));

		Map<String, String> fresh = Map.of("recoveryCode", codes.get(0));
		pendingSignIn(admin).post("/api/sessions/current/second-factor", fresh).expectStatus().isOk();
		pendingSignIn(admin).post("/api/sessions/current/second-factor", fresh).expectStatus().isBadRequest();
		admin.browser()
			.get("/api/account/two-factor")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.recoveryCodesLeft")
			.isEqualTo(9);
	}

	@Test
	void practiceProfileChangesNeedACodeWithinTenMinutes() {
		SignedIn admin = Practices.signUp(this.http);
		Map<String, Object> profile = Map.of("legalName", "Calm Waters Therapy LLC");
		this.clock.advance(Duration.ofMinutes(11));
		admin.browser()
			.put("/api/practice/profile", profile)
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/step-up-required");
		admin.browser().get("/api/practice/profile").expectStatus().isOk();

		String before = admin.browser().cookie(SESSION_COOKIE);
		Practices.stepUp(admin.browser(), admin.email());
		assertThat(admin.browser().cookie(SESSION_COOKIE)).isNotEqualTo(before);
		withToken(before).get().uri("/api/session").exchange().expectStatus().isUnauthorized();
		admin.browser().put("/api/practice/profile", profile).expectStatus().isOk();
	}

	@Test
	void signInHistoryShowsSessionsAndFailuresAndOtherSessionsCanBeEnded() {
		SignedIn admin = Practices.signUp(this.http);
		new Browser(this.http)
			.post("/api/sessions", Map.of("email", admin.email(), "password", "not the password", "portal", "practice"))
			.expectStatus()
			.isUnauthorized();
		Browser other = Practices.signIn(this.http, admin.email());

		admin.browser()
			.get("/api/account/sign-ins")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.signIns.length()")
			.isEqualTo(2)
			.jsonPath("$.signIns[?(@.current == true)].live")
			.isEqualTo(List.of(true))
			.jsonPath("$.failures.length()")
			.isEqualTo(1)
			.jsonPath("$.failures[0].at")
			.exists();

		admin.browser().post("/api/account/sessions/end-others").expectStatus().isNoContent();
		other.get("/api/session").expectStatus().isUnauthorized();
		admin.browser().get("/api/session").expectStatus().isOk();
	}

	private Browser pendingSignIn(SignedIn admin) {
		Browser browser = new Browser(this.http);
		browser
			.post("/api/sessions", Map.of("email", admin.email(), "password", Practices.PASSWORD, "portal", "practice"))
			.expectStatus()
			.isOk();
		return browser;
	}

	private WebTestClient withToken(String token) {
		return this.http.mutate().defaultCookie(SESSION_COOKIE, token).build();
	}

}
