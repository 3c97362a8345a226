package com.claimstream.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;

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
 * same time (a decoy argon2 verification, the same inserts), and so do sign-ups with a
 * taken and a new email (one argon2 hash each, the email tells them apart); AUTH-02: long
 * passwords are verified exactly.
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

		assertSameTime("wrong password", (i) -> timed(() -> signIn(browser, admin.email(), "not the password")),
				"unknown email",
				(i) -> timed(() -> signIn(browser, "nobody-" + i + "@example.test", "not the password")));
	}

	@Test
	void signUpWithATakenEmailAnswersLikeANewOneInTheSameTime() {
		SignedIn admin = Practices.signUp(this.http);
		Browser browser = new Browser(this.http);
		EntityExchangeResult<byte[]> taken = signUp(browser, admin.email());
		EntityExchangeResult<byte[]> fresh = signUp(browser, Practices.uniqueEmail("new"));
		assertThat(fresh.getStatus().value()).isEqualTo(taken.getStatus().value()).isEqualTo(202);
		assertThat(new String(fresh.getResponseBodyContent())).isEqualTo(new String(taken.getResponseBodyContent()));
		assertThat(fresh.getResponseHeaders().headerNames()).isEqualTo(taken.getResponseHeaders().headerNames());

		String run = Practices.uniqueEmail("timing").substring(7, 15);
		assertSameTime("taken email", (i) -> timed(() -> signUp(browser, admin.email())), "new email",
				(i) -> timed(() -> signUp(browser, "new-" + run + "-" + i + "@example.test")));
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
		Practices.completeSignUp(new Browser(this.http), Map.of("practiceName", "Long Password Therapy", "yourName",
				"Dr. Long", "email", email, "password", password));
		char[] changed = password.toCharArray();
		changed[99] = (changed[99] == 'x') ? 'y' : 'x';
		assertThat(signIn(new Browser(this.http), email, new String(changed)).getStatus().value()).isEqualTo(401);
		assertThat(signIn(new Browser(this.http), email, password.substring(0, 127)).getStatus().value())
			.isEqualTo(401);
		assertThat(signIn(new Browser(this.http), email, password).getStatus().value()).isEqualTo(200);
	}

	/**
	 * Medians of {@link #ATTEMPTS} of each, interleaved so that load on the machine hits
	 * both alike.
	 */
	private static void assertSameTime(String one, IntToLongFunction first, String other, IntToLongFunction second) {
		List<Long> firstTimes = new ArrayList<>();
		List<Long> secondTimes = new ArrayList<>();
		for (int i = 0; i < ATTEMPTS; i++) {
			firstTimes.add(first.applyAsLong(i));
			secondTimes.add(second.applyAsLong(i));
		}
		double difference = Math.abs(median(firstTimes) - median(secondTimes))
				/ Math.max(median(firstTimes), median(secondTimes));
		assertThat(difference).as("median %s %s ns, %s %s ns", one, median(firstTimes), other, median(secondTimes))
			.isLessThan(0.10);
	}

	private long timed(Runnable attempt) {
		this.database.sql("delete from failed_attempt").then().block();
		long start = System.nanoTime();
		attempt.run();
		return System.nanoTime() - start;
	}

	private static EntityExchangeResult<byte[]> signUp(Browser browser, String email) {
		return browser
			.post("/api/practice-signups", Map.of("practiceName", "Timing Therapy", "yourName", "Dr. Timing", "email",
					email, "password", Practices.PASSWORD))
			.expectBody()
			.returnResult();
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
