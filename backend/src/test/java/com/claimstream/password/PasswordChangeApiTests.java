package com.claimstream.password;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Mailbox;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class PasswordChangeApiTests {

	static final String COOKIE = "claimstream_session";

	static final String NEW_PASSWORD = "a brand new changed password";

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient database;

	@AfterEach
	void forgetFailures() {
		this.database.sql("delete from failed_attempt where scope = 'password-change'").then().block();
	}

	@Test
	void aWrongCurrentPasswordIsRefusedOnItsFieldAndChangesNothing() {
		SignedIn admin = Practices.signUp(this.http);
		change(admin.browser(), "not my password", NEW_PASSWORD, null).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invalid-credentials")
			.jsonPath("$.errors[0].field")
			.isEqualTo("currentPassword");
		admin.browser().get("/api/session").expectStatus().isOk();
		signIn(admin.email(), Practices.PASSWORD).expectStatus().isOk();
		signIn(admin.email(), NEW_PASSWORD).expectStatus().isUnauthorized();
	}

	@Test
	void theSixthWrongCurrentPasswordIsRateLimited() {
		SignedIn admin = Practices.signUp(this.http);
		for (int attempt = 1; attempt <= 5; attempt++) {
			change(admin.browser(), "wrong password " + attempt, NEW_PASSWORD, null).expectStatus().isUnauthorized();
		}
		change(admin.browser(), Practices.PASSWORD, NEW_PASSWORD, null).expectStatus().isEqualTo(429);
	}

	@Test
	void changingRotatesTheSessionEndsOtherSessionsAndSendsTheNotice() {
		SignedIn admin = Practices.signUp(this.http);
		Browser laptop = Practices.signIn(this.http, admin.email());
		String before = admin.browser().cookie(COOKIE);
		change(admin.browser(), Practices.PASSWORD, NEW_PASSWORD, null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.account.email")
			.isEqualTo(admin.email());
		String after = admin.browser().cookie(COOKIE);
		assertThat(after).isNotBlank().isNotEqualTo(before);
		admin.browser().get("/api/session").expectStatus().isOk();
		withCookie(before).expectStatus().isUnauthorized();
		laptop.get("/api/session").expectStatus().isUnauthorized();
		signIn(admin.email(), NEW_PASSWORD).expectStatus().isOk();
		signIn(admin.email(), Practices.PASSWORD).expectStatus().isUnauthorized();
		Mailbox.awaitSubject(this.http, admin.email(), "Your Claimstream password was changed");
	}

	@Test
	void otherSessionsCanBeKeptButTheOldTokenStillEnds() {
		SignedIn admin = Practices.signUp(this.http);
		Browser laptop = Practices.signIn(this.http, admin.email());
		String before = admin.browser().cookie(COOKIE);
		change(admin.browser(), Practices.PASSWORD, NEW_PASSWORD, false).expectStatus().isOk();
		withCookie(before).expectStatus().isUnauthorized();
		admin.browser().get("/api/session").expectStatus().isOk();
		laptop.get("/api/session").expectStatus().isOk();
	}

	@Test
	void weakNewPasswordsAreRefusedOnTheirField() {
		SignedIn admin = Practices.signUp(this.http);
		for (String weak : new String[] { "7-chars", "password123", "Dr. Test Admin" }) {
			change(admin.browser(), Practices.PASSWORD, weak, null).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("/problems/weak-password")
				.jsonPath("$.errors[0].field")
				.isEqualTo("newPassword");
		}
		admin.browser().get("/api/session").expectStatus().isOk();
		signIn(admin.email(), Practices.PASSWORD).expectStatus().isOk();
	}

	@Test
	void signedOutBrowsersCannotChangeAPassword() {
		change(new Browser(this.http), Practices.PASSWORD, NEW_PASSWORD, null).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/unauthenticated");
	}

	private WebTestClient.ResponseSpec change(Browser browser, String current, String next, Boolean endOthers) {
		Map<String, Object> body = new HashMap<>(Map.of("currentPassword", current, "newPassword", next));
		if (endOthers != null) {
			body.put("endOtherSessions", endOthers);
		}
		return browser.post("/api/account/password", body);
	}

	private WebTestClient.ResponseSpec withCookie(String token) {
		return this.http.get().uri("/api/session").cookie(COOKIE, token).exchange();
	}

	private WebTestClient.ResponseSpec signIn(String email, String password) {
		return new Browser(this.http).post("/api/sessions",
				Map.of("email", email, "password", password, "portal", "practice"));
	}

}
