package com.claimstream.password;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
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
class PasswordResetApiTests {

	static final String NEW_PASSWORD = "a brand new reset password";

	@Autowired
	WebTestClient http;

	@Autowired
	MovableClock clock;

	@Autowired
	DatabaseClient database;

	@AfterEach
	void resetClockAndLimits() {
		this.clock.reset();
		this.database.sql("delete from failed_attempt where scope in ('reset-address', 'reset-email', 'token-address')")
			.then()
			.block();
	}

	@Test
	void unknownAndKnownEmailsGetTheSameAnswerAndOnlyTheKnownOneAMail() {
		SignedIn admin = Practices.signUp(this.http);
		String nobody = Practices.uniqueEmail("nobody");
		byte[] unknown = request(nobody).expectStatus().isAccepted().expectBody().returnResult().getResponseBody();
		byte[] known = request(admin.email()).expectStatus().isAccepted().expectBody().returnResult().getResponseBody();
		assertThat(new String(known)).isEqualTo(new String(unknown)).contains("If an account exists for that email");
		String text = Mailbox.textsTo(this.http, admin.email()).get(0);
		assertThat(text).contains(TestEnvironment.origin() + "/app/reset-password#token=" + token(admin));
		assertThat(Mailbox.textsTo(this.http, nobody)).isEmpty();
	}

	@Test
	void aLinkWorksOnceAndSignsTheAccountInWithTheNewPassword() {
		SignedIn admin = Practices.signUp(this.http);
		request(admin.email()).expectStatus().isAccepted();
		String token = token(admin);
		Browser browser = new Browser(this.http);
		complete(browser, token, NEW_PASSWORD).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.account.email")
			.isEqualTo(admin.email());
		browser.get("/api/session").expectStatus().isOk();
		complete(new Browser(this.http), token, "another new password here").expectStatus()
			.isEqualTo(410)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/reset-link-used");
		signIn(admin.email(), Practices.PASSWORD).expectStatus().isUnauthorized();
		signIn(admin.email(), NEW_PASSWORD).expectStatus().isOk();
	}

	@Test
	void aLinkWorksAtFiftyNineMinutesAndHasExpiredAtSixtyOne() {
		SignedIn early = Practices.signUp(this.http);
		SignedIn late = Practices.signUp(this.http);
		request(early.email()).expectStatus().isAccepted();
		request(late.email()).expectStatus().isAccepted();
		String earlyToken = token(early);
		String lateToken = token(late);
		this.clock.advance(Duration.ofMinutes(59));
		complete(new Browser(this.http), earlyToken, NEW_PASSWORD).expectStatus().isOk();
		this.clock.advance(Duration.ofMinutes(2));
		complete(new Browser(this.http), lateToken, NEW_PASSWORD).expectStatus()
			.isEqualTo(410)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/reset-link-expired");
		signIn(late.email(), Practices.PASSWORD).expectStatus().isOk();
	}

	@Test
	void aSecondRequestRevokesTheFirstLink() {
		SignedIn admin = Practices.signUp(this.http);
		request(admin.email()).expectStatus().isAccepted();
		String first = token(admin);
		request(admin.email()).expectStatus().isAccepted();
		String second = Mailbox.resetToken(this.http, admin.email(), 2);
		assertThat(second).isNotEqualTo(first);
		complete(new Browser(this.http), first, NEW_PASSWORD).expectStatus()
			.isEqualTo(410)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/reset-link-replaced");
		complete(new Browser(this.http), second, NEW_PASSWORD).expectStatus().isOk();
	}

	@Test
	void completingEndsEveryOtherSessionAndSendsTheNotice() {
		SignedIn admin = Practices.signUp(this.http);
		Browser laptop = Practices.signIn(this.http, admin.email());
		request(admin.email()).expectStatus().isAccepted();
		complete(new Browser(this.http), token(admin), NEW_PASSWORD).expectStatus().isOk();
		admin.browser().get("/api/session").expectStatus().isUnauthorized();
		laptop.get("/api/clients").expectStatus().isUnauthorized();
		Mailbox.awaitSubject(this.http, admin.email(), "Your Claimstream password was changed");
	}

	@Test
	void weakPasswordsAreRefusedOnTheirFieldAndLeaveTheLinkUsable() {
		SignedIn admin = Practices.signUp(this.http);
		request(admin.email()).expectStatus().isAccepted();
		String token = token(admin);
		for (String weak : new String[] { "7-chars", "password123", admin.email() }) {
			complete(new Browser(this.http), token, weak).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("/problems/weak-password")
				.jsonPath("$.errors[0].field")
				.isEqualTo("password");
		}
		admin.browser().get("/api/session").expectStatus().isOk();
		complete(new Browser(this.http), token, NEW_PASSWORD).expectStatus().isOk();
	}

	@Test
	void anUnknownTokenIsInvalid() {
		complete(new Browser(this.http), "not-a-real-token", NEW_PASSWORD).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/reset-link-invalid");
	}

	@Test
	void requestsForOneEmailAreRateLimitedWhetherOrNotItExists() {
		String nobody = Practices.uniqueEmail("flood");
		for (int attempt = 1; attempt <= 5; attempt++) {
			request(nobody).expectStatus().isAccepted();
		}
		request(nobody).expectStatus()
			.isEqualTo(429)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/too-many-attempts");
	}

	@Test
	void theResetPagesOfBothPortalsAreServedByTheSinglePageApp() {
		for (String page : new String[] { "/app/reset-password", "/portal/reset-password", "/app/forgot-password",
				"/portal/forgot-password", "/app/account/password", "/portal/account/password" }) {
			this.http.get()
				.uri(page)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith("text/html");
		}
	}

	@Test
	void aClientPortalRequestSendsTheClientPortalLinkOnly() {
		SignedIn admin = Practices.signUp(this.http);
		new Browser(this.http).post("/api/password-resets", Map.of("email", admin.email(), "portal", "client"))
			.expectStatus()
			.isAccepted();
		request(admin.email()).expectStatus().isAccepted();
		assertThat(Mailbox.resetToken(this.http, admin.email())).isNotBlank();
		// the sign-up link is also in this mailbox: every reset link counts, of either
		// portal
		assertThat(Mailbox.textsTo(this.http, admin.email())
			.stream()
			.filter((text) -> text.contains("reset-password#token="))).hasSize(1)
			.allSatisfy((text) -> assertThat(text).contains("/app/reset-password#token="));
	}

	private WebTestClient.ResponseSpec request(String email) {
		return new Browser(this.http).post("/api/password-resets", Map.of("email", email, "portal", "practice"));
	}

	private WebTestClient.ResponseSpec complete(Browser browser, String token, String password) {
		return browser.post("/api/password-resets/complete", Map.of("token", token, "password", password));
	}

	private WebTestClient.ResponseSpec signIn(String email, String password) {
		return new Browser(this.http).post("/api/sessions",
				Map.of("email", email, "password", password, "portal", "practice"));
	}

	private String token(SignedIn admin) {
		return Mailbox.resetToken(this.http, admin.email());
	}

}
