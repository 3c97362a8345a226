package com.claimstream.security;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.MovableClock;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing through the trusted proxy (AUTH-04): the proxy on loopback names the
 * guesser's address in {@code X-Forwarded-For}, so spreading guesses over addresses must
 * not lift the per-account limit, and one address guessing many accounts hits its own.
 */
@ApiTest
class SignInThrottlingTests {

	@Autowired
	WebTestClient http;

	@Autowired
	MovableClock clock;

	@Autowired
	DatabaseClient database;

	private Browser browser;

	@BeforeEach
	void forgetFailures() {
		this.database.sql("delete from failed_attempt").then().block();
		this.browser = new Browser(this.http);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void twoHundredGuessesFromTwentyAddressesFailAtMostFiveTimesPerFifteenMinutes() {
		SignedIn admin = Practices.signUp(this.http);
		int failures = 0;
		for (int attempt = 0; attempt < 200; attempt++) {
			EntityExchangeResult<String> result = signIn(admin.email(), "wrong password " + attempt,
					"203.0.113." + (attempt % 20 + 1));
			if (result.getStatus().value() == 401) {
				failures++;
			}
			else {
				assertLimited(result);
			}
		}
		assertThat(failures).isEqualTo(AttemptLimit.PER_ACCOUNT.max());
		// the real user, from yet another address, waits out the window and gets in
		assertLimited(signIn(admin.email(), Practices.PASSWORD, "198.51.100.7"));
		this.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		assertThat(signIn(admin.email(), Practices.PASSWORD, "198.51.100.7").getStatus().value()).isEqualTo(200);
	}

	@Test
	void fiveHundredGuessesFromOneAddressOverManyAccountsAreLimitedPerAddress() {
		SignedIn admin = Practices.signUp(this.http);
		String guesser = "203.0.113.200";
		int failures = 0;
		for (int attempt = 0; attempt < 500; attempt++) {
			String email = (attempt % 50 == 0) ? admin.email() : Practices.uniqueEmail("guess");
			EntityExchangeResult<String> result = signIn(email, "wrong password " + attempt, guesser);
			if (result.getStatus().value() == 401) {
				failures++;
			}
			else {
				assertLimited(result);
			}
		}
		assertThat(failures).isEqualTo(AttemptLimit.PER_ADDRESS.max());
		// the address is limited even for a right password; others are not
		assertLimited(signIn(admin.email(), Practices.PASSWORD, guesser));
		assertThat(signIn(admin.email(), Practices.PASSWORD, "198.51.100.8").getStatus().value()).isEqualTo(200);
	}

	private static void assertLimited(EntityExchangeResult<String> result) {
		assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(429);
		String retryAfter = result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
		assertThat(retryAfter).isNotNull();
		assertThat(Long.parseLong(retryAfter)).isBetween(1L, Duration.ofMinutes(15).toSeconds());
		assertThat(result.getResponseBody()).contains("/problems/too-many-attempts");
	}

	private EntityExchangeResult<String> signIn(String email, String password, String address) {
		return this.browser.http()
			.post()
			.uri("/api/sessions")
			.header("X-Forwarded-For", address)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("email", email, "password", password, "portal", "practice"))
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

}
