package com.claimstream.security;

import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session token (SES-01): 256 random bits, carried only in an HttpOnly, SameSite=Lax
 * host cookie for the whole site; never written to a log or a URL.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class SessionTokenTests {

	private static final String COOKIE = "claimstream_session";

	@Autowired
	WebTestClient http;

	@Test
	void tenThousandTokensAreDistinctAndCarryAtLeast128Bits() {
		Set<String> tokens = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String token = SecretTokens.generate();
			assertThat(Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16);
			tokens.add(token);
		}
		assertThat(tokens).hasSize(10_000);
	}

	@Test
	void theSignInCookieIsHttpOnlyLaxForTheWholeSiteAndThisHostOnly() {
		SignedIn admin = Practices.signUp(this.http);
		Browser browser = Practices.signIn(this.http, admin.email());
		ResponseCookie cookie = browser.receivedCookie(COOKIE);
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo("Lax");
		assertThat(cookie.getPath()).isEqualTo("/");
		assertThat(cookie.getDomain()).isNull();
		assertThat(cookie.getValue()).isEqualTo(browser.cookie(COOKIE)).isNotEqualTo(admin.browser().cookie(COOKIE));
	}

	@Test
	void theTokenAppearsInNoLogLineResponseBodyOrUrl(CapturedOutput output) {
		SignedIn admin = Practices.signUp(this.http);
		// the most talkative logging a production incident might switch on
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		for (String logger : new String[] { "com.claimstream", "org.springframework.web",
				"org.springframework.security" }) {
			logging.setLogLevel(logger, LogLevel.DEBUG);
		}
		try {
			Browser browser = new Browser(this.http);
			String body = browser
				.post("/api/sessions",
						Map.of("email", admin.email(), "password", Practices.PASSWORD, "portal", "practice"))
				.expectStatus()
				.isOk()
				.expectHeader()
				.doesNotExist("Location")
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			String token = browser.cookie(COOKIE);
			browser.post("/api/sessions/current/second-factor", Map.of("code", Practices.code(admin.email())))
				.expectStatus()
				.isOk();
			String upgraded = browser.cookie(COOKIE);
			String clients = browser.get("/api/clients")
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(output.getAll()).as("the capture sees the requests").contains("/api/clients");
			for (String secret : new String[] { token, upgraded }) {
				assertThat(output.getAll()).doesNotContain(secret);
				assertThat(body).doesNotContain(secret);
				assertThat(clients).doesNotContain(secret);
			}
		}
		finally {
			for (String logger : new String[] { "com.claimstream", "org.springframework.web",
					"org.springframework.security" }) {
				logging.setLogLevel(logger, null);
			}
		}
	}

}
