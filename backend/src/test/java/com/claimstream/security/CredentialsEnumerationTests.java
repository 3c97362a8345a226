package com.claimstream.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AUTH-03: an unknown email and a wrong password answer the same status and body, in the
 * same time (a decoy argon2 verification, the same inserts); AUTH-02: long passwords are
 * verified exactly.
 */
@ApiTest
class CredentialsEnumerationTests {

	private static final int ATTEMPTS = 200;

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient database;

	@BeforeEach
	void forgetFailures() {
		this.database.sql("delete from failed_attempt").then().block();
	}

	@Test
	void unknownEmailAndWrongPasswordAnswerTheSameInTheSameTime() {
		SignedIn admin = Practices.signUp(this.http);
		Browser browser = new Browser(this.http);
		EntityExchangeResult<byte[]> wrong = signIn(browser, admin.email(), "not the password");
		EntityExchangeResult<byte[]> unknown = signIn(browser, Practices.uniqueEmail("nobody"), "not the password");
		assertThat(unknown.getStatus()).isEqualTo(wrong.getStatus());
		assertThat(new String(unknown.getResponseBodyContent())).isEqualTo(new String(wrong.getResponseBodyContent()));

		List<Long> wrongTimes = new ArrayList<>();
		List<Long> unknownTimes = new ArrayList<>();
		for (int i = 0; i < ATTEMPTS; i++) {
			// interleaved, so that load on the machine hits both alike
			wrongTimes.add(timed(browser, admin.email()));
			unknownTimes.add(timed(browser, "nobody-" + i + "@example.test"));
		}
		double difference = Math.abs(median(wrongTimes) - median(unknownTimes))
				/ Math.max(median(wrongTimes), median(unknownTimes));
		assertThat(difference).as("median wrong %s ns, unknown %s ns", median(wrongTimes), median(unknownTimes))
			.isLessThan(0.10);
	}

	@Test
	void forgotPasswordAnswersTheSameForUnknownEmails() {
		SignedIn admin = Practices.signUp(this.http);
		Browser browser = new Browser(this.http);
		EntityExchangeResult<byte[]> known = reset(browser, admin.email());
		EntityExchangeResult<byte[]> unknown = reset(browser, Practices.uniqueEmail("nobody"));
		assertThat(unknown.getStatus()).isEqualTo(known.getStatus());
		assertThat(unknown.getResponseBodyContent()).isEqualTo(known.getResponseBodyContent());
	}

	@Test
	void a128CharacterPasswordIsVerifiedExactly() {
		String password = PasswordRulesTests.longPassword(128);
		String email = Practices.uniqueEmail("long");
		new Browser(this.http)
			.post("/api/practice-signups", Map.of("practiceName", "Long Password Therapy", "yourName", "Dr. Long",
					"email", email, "password", password))
			.expectStatus()
			.isCreated();
		char[] changed = password.toCharArray();
		changed[99] = (changed[99] == 'x') ? 'y' : 'x';
		assertThat(signIn(new Browser(this.http), email, new String(changed)).getStatus().value()).isEqualTo(401);
		assertThat(signIn(new Browser(this.http), email, password.substring(0, 127)).getStatus().value())
			.isEqualTo(401);
		assertThat(signIn(new Browser(this.http), email, password).getStatus().value()).isEqualTo(200);
	}

	private long timed(Browser browser, String email) {
		this.database.sql("delete from failed_attempt").then().block();
		long start = System.nanoTime();
		signIn(browser, email, "not the password");
		return System.nanoTime() - start;
	}

	private static EntityExchangeResult<byte[]> signIn(Browser browser, String email, String password) {
		return browser.post("/api/sessions", Map.of("email", email, "password", password, "portal", "practice"))
			.expectBody()
			.returnResult();
	}

	private static EntityExchangeResult<byte[]> reset(Browser browser, String email) {
		return browser.post("/api/password-resets", Map.of("email", email, "portal", "practice"))
			.expectBody()
			.returnResult();
	}

	private static double median(List<Long> times) {
		List<Long> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

}
