package com.claimstream.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RELIABILITY AUD-05: sign-in success and failure, sign-out, password change, password
 * reset, session timeout and invitation accept each write an audit row.
 */
@ApiTest
class AuditAccountEventTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient database;

	@Autowired
	MovableClock clock;

	private AuditRows rows;

	@BeforeEach
	void patientClient() {
		this.rows = new AuditRows(this.database);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void signInSucceededFailedAndSignOut() {
		SignedIn admin = Practices.signUp(this.http);
		long mark = this.rows.mark();
		new Browser(this.http)
			.post("/api/sessions", Map.of("email", admin.email(), "password", "wrong password", "portal", "practice"))
			.expectStatus()
			.isUnauthorized();
		Browser signedIn = Practices.signIn(this.http, admin.email());
		signedIn.delete("/api/sessions/current").expectStatus().isNoContent();
		List<Map<String, Object>> written = this.rows.since(mark);
		assertThat(written).extracting((row) -> row.get("event") + " " + row.get("outcome") + " " + row.get("status"))
			.containsExactly("sign_in denied 401", "sign_in allowed 200", "mfa_verify allowed 200",
					"sign_out allowed 204");
		assertThat(written.get(0).get("actor_account_id")).isNull();
		assertThat(written.subList(1, 3))
			.allSatisfy((row) -> assertThat(row).containsEntry("actor_account_id", admin.accountId())
				.containsEntry("practice_id", admin.practiceId()));
	}

	@Test
	void passwordChangeAndReset() {
		SignedIn admin = Practices.signUp(this.http);
		long mark = this.rows.mark();
		admin.browser()
			.post("/api/account/password",
					Map.of("currentPassword", Practices.PASSWORD, "newPassword", "another long password 2"))
			.expectStatus()
			.isOk();
		Browser browser = new Browser(this.http);
		browser.post("/api/password-resets", Map.of("email", admin.email(), "portal", "practice"))
			.expectStatus()
			.isAccepted();
		browser
			.post("/api/password-resets/complete",
					Map.of("token", Mailbox.resetToken(this.http, admin.email()), "password", Practices.PASSWORD))
			.expectStatus()
			.isOk();
		assertThat(this.rows.since(mark)).filteredOn((row) -> admin.accountId().equals(row.get("actor_account_id")))
			.extracting((row) -> row.get("event") + " " + row.get("outcome"))
			.containsExactly("password_change allowed", "password_reset allowed");
	}

	@Test
	void sessionTimeoutIsRecordedOnce() {
		SignedIn admin = Practices.signUp(this.http);
		long mark = this.rows.mark();
		this.clock.advance(Duration.ofMinutes(31));
		admin.browser().get("/api/session").expectStatus().isUnauthorized();
		admin.browser().get("/api/session").expectStatus().isUnauthorized();
		assertThat(this.rows.since(mark)).filteredOn((row) -> "session_timeout".equals(row.get("event")))
			.singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("actor_account_id", admin.accountId())
				.containsEntry("outcome", "denied"));
	}

	@Test
	void invitationAccept() {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("client");
		Practices.addClient(admin.browser(), email);
		long mark = this.rows.mark();
		Map<?, ?> session = new Browser(this.http)
			.post("/api/invitations/accept",
					Map.of("token", Mailbox.invitationToken(this.http, email), "password", "a client password 1"))
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		UUID account = UUID.fromString((String) ((Map<?, ?>) session.get("account")).get("id"));
		assertThat(this.rows.since(mark)).filteredOn((row) -> "invitation_accept".equals(row.get("event")))
			.singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("actor_account_id", account)
				.containsEntry("actor_role", "CLIENT")
				.containsEntry("outcome", "allowed"));
	}

}
