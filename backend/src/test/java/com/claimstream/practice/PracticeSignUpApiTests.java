package com.claimstream.practice;

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

/**
 * Practice sign-up confirmed by email: a taken email answers like a new one (AUTH-03) and
 * gets a notice instead of a link; the link follows the invitation token rules.
 */
@ApiTest
class PracticeSignUpApiTests {

	@Autowired
	WebTestClient http;

	@Autowired
	MovableClock clock;

	@Autowired
	DatabaseClient database;

	@AfterEach
	void resetClockAndLimits() {
		this.clock.reset();
		this.database.sql("delete from failed_attempt where scope in ('signup-email', 'token-address')").then().block();
	}

	@Test
	void aTakenEmailGetsTheSameAnswerANoticeAndNoNewAccount() {
		SignedIn admin = Practices.signUp(this.http);
		String fresh = Practices.uniqueEmail("fresh");
		byte[] taken = signUp(admin.email(), "Second Practice").expectStatus()
			.isAccepted()
			.expectBody()
			.returnResult()
			.getResponseBody();
		byte[] created = signUp(fresh, "Fresh Practice").expectStatus()
			.isAccepted()
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(new String(taken)).isEqualTo(new String(created)).contains("Check your email");

		Mailbox.awaitSubject(this.http, admin.email(), "Someone tried to sign up with your email");
		String notice = Mailbox.textsTo(this.http, admin.email()).get(0);
		assertThat(notice).contains(TestEnvironment.origin() + "/app/sign-in")
			.contains("/app/forgot-password")
			.doesNotContain("#token=");
		assertThat(count("select count(*) from account where email = '" + admin.email() + "'")).isEqualTo(1);
		assertThat(
				count("select count(*) from practice_signup where email = '" + admin.email() + "' and status = 'open'"))
			.isZero();
		assertThat(count("select count(*) from practice where name = 'Second Practice'")).isZero();
		Practices.signIn(this.http, admin.email()).get("/api/clients").expectStatus().isOk();
		assertThat(Mailbox.textsTo(this.http, fresh).get(0))
			.contains(TestEnvironment.origin() + "/app/sign-up/complete#token=");
	}

	@Test
	void theLinkCreatesThePracticeOnceAndForgetsThePassword() {
		String email = Practices.uniqueEmail("once");
		signUp(email, "Once Therapy").expectStatus().isAccepted();
		assertThat(count("select count(*) from practice where name = 'Once Therapy'")).isZero();
		String token = Mailbox.signUpToken(this.http, email, 1);
		assertThat(count("select count(*) from practice_signup where token_hash = sha256(convert_to('" + token
				+ "', 'UTF8')) and password_hash like '$argon2id$%'"))
			.isEqualTo(1);

		Browser browser = new Browser(this.http);
		browser.post("/api/practice-signups/complete", Map.of("token", token))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.practice.name")
			.isEqualTo("Once Therapy")
			.jsonPath("$.account.email")
			.isEqualTo(email);
		browser.get("/api/session").expectStatus().isOk();
		complete(token).expectStatus()
			.isEqualTo(410)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/signup-link-used");
		assertThat(count("select count(*) from practice where name = 'Once Therapy'")).isEqualTo(1);
		assertThat(count("select count(*) from practice_signup where email = '" + email
				+ "' and (password_hash is not null or status <> 'used')"))
			.isZero();
	}

	@Test
	void aNewerSignUpReplacesTheOlderLink() {
		String email = Practices.uniqueEmail("twice");
		signUp(email, "First Try").expectStatus().isAccepted();
		String first = Mailbox.signUpToken(this.http, email, 1);
		signUp(email, "Second Try").expectStatus().isAccepted();
		String second = Mailbox.signUpToken(this.http, email, 2);
		complete(first).expectStatus()
			.isEqualTo(410)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/signup-link-replaced");
		complete(second).expectStatus().isCreated().expectBody().jsonPath("$.practice.name").isEqualTo("Second Try");
	}

	@Test
	void theLinkExpiresAfter24Hours() {
		String email = Practices.uniqueEmail("late");
		signUp(email, "Late Therapy").expectStatus().isAccepted();
		String token = Mailbox.signUpToken(this.http, email, 1);
		this.clock.advance(Duration.ofHours(24).plusSeconds(1));
		complete(token).expectStatus()
			.isEqualTo(410)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/signup-link-expired");
	}

	@Test
	void unknownTokensAnswer404AndGuessingIsSlowed() {
		for (int i = 0; i < 20; i++) {
			complete("not-a-real-token-" + i).expectStatus()
				.isNotFound()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("/problems/signup-link-invalid");
		}
		complete("not-a-real-token-21").expectStatus().isEqualTo(429);
	}

	@Test
	void weakPasswordsAreRefusedBeforeAnyMail() {
		String email = Practices.uniqueEmail("weak");
		signUp(email, "Weak Therapy", "password123").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/weak-password");
		assertThat(Mailbox.subjectsTo(this.http, email)).isEmpty();
	}

	@Test
	void oneEmailGetsAtMostFiveSignUpMailsAnHour() {
		String email = Practices.uniqueEmail("bombed");
		for (int i = 0; i < 5; i++) {
			signUp(email, "Flood " + i).expectStatus().isAccepted();
		}
		signUp(email, "Flood 6").expectStatus().isEqualTo(429);
	}

	private WebTestClient.ResponseSpec signUp(String email, String practiceName) {
		return signUp(email, practiceName, Practices.PASSWORD);
	}

	private WebTestClient.ResponseSpec signUp(String email, String practiceName, String password) {
		return new Browser(this.http).post("/api/practice-signups",
				Map.of("practiceName", practiceName, "yourName", "Dr. Sign Up", "email", email, "password", password));
	}

	private WebTestClient.ResponseSpec complete(String token) {
		return new Browser(this.http).post("/api/practice-signups/complete", Map.of("token", token));
	}

	private long count(String sql) {
		return this.database.sql(sql).map((row) -> row.get(0, Long.class)).one().block();
	}

}
