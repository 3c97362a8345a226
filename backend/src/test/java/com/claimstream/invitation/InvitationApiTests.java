package com.claimstream.invitation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.security.SecretTokens;
import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Mailbox;
import com.claimstream.support.MovableClock;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class InvitationApiTests {

	@Autowired
	WebTestClient http;

	@Autowired
	MovableClock clock;

	@Autowired
	DatabaseClient database;

	@AfterEach
	void resetClockAndTokenGuesses() {
		this.clock.reset();
		this.database.sql("delete from failed_attempt where scope = 'token-address'").then().block();
	}

	@Test
	void acceptingCreatesTheClientAccountSignsItInAndConnectsTheClient() {
		Invited invited = invite("new");
		SignedIn admin = invited.admin();
		UUID client = invited.client();
		String token = invited.token();
		Browser phone = new Browser(this.http);
		phone.post("/api/invitations/lookup", Map.of("token", token))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.clinicianName")
			.isEqualTo("Dr. Test Admin")
			.jsonPath("$.clientFirstName")
			.isEqualTo("Casey")
			.jsonPath("$.accountExists")
			.isEqualTo(false);
		phone.post("/api/invitations/accept", Map.of("token", token, "password", "my own client password"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.account.role")
			.isEqualTo("CLIENT");
		phone.get("/api/portal/connections")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].clientId")
			.isEqualTo(client.toString())
			.jsonPath("$[0].status")
			.isEqualTo("connected");
		admin.browser()
			.get("/api/clients/{id}", client)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("connected")
			.jsonPath("$.invitation.status")
			.isEqualTo("accepted");
		phone.get("/api/clients").expectStatus().isForbidden();
	}

	@Test
	void anExistingClientAccountSignsInToConnectASecondPractice() {
		String email = Practices.uniqueEmail("twice");
		Practices.addClient(Practices.signUp(this.http).browser(), email);
		new Browser(this.http)
			.post("/api/invitations/accept",
					Map.of("token", Mailbox.invitationToken(this.http, email), "password", "first practice password"))
			.expectStatus()
			.isOk();
		SignedIn second = Practices.signUp(this.http);
		UUID client = Practices.addClient(second.browser(), email);
		String token = Mailbox.invitationToken(this.http, email, 2);
		Browser phone = new Browser(this.http);
		phone.post("/api/invitations/lookup", Map.of("token", token))
			.expectBody()
			.jsonPath("$.accountExists")
			.isEqualTo(true);
		phone.post("/api/invitations/accept", Map.of("token", token, "password", "not my password"))
			.expectStatus()
			.isUnauthorized();
		phone.post("/api/invitations/accept", Map.of("token", token, "password", "first practice password"))
			.expectStatus()
			.isOk();
		phone.get("/api/portal/connections").expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(2);
		second.browser().get("/api/clients/{id}", client).expectBody().jsonPath("$.status").isEqualTo("connected");
	}

	@Test
	void aLinkWorksUntilSeventyTwoHoursAndIsExpiredAfter() {
		SignedIn admin = Practices.signUp(this.http);
		String early = Practices.uniqueEmail("early");
		String late = Practices.uniqueEmail("late");
		UUID lateClient = Practices.addClient(admin.browser(), late);
		Practices.addClient(admin.browser(), early);
		String earlyToken = Mailbox.invitationToken(this.http, early);
		String lateToken = Mailbox.invitationToken(this.http, late);
		this.clock.advance(Duration.ofHours(71).plusMinutes(59));
		accept(earlyToken).expectStatus().isOk();
		this.clock.advance(Duration.ofMinutes(2));
		accept(lateToken).expectStatus()
			.isEqualTo(410)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invitation-expired");
		accept(lateToken).expectStatus().isEqualTo(410);
		Browser practice = Practices.signIn(this.http, admin.email());
		practice.get("/api/clients/{id}", lateClient).expectBody().jsonPath("$.status").isEqualTo("expired");
		assertThat(kinds(practice, lateClient)).containsOnlyOnce("invitation.expired");
	}

	@Test
	void ofTwentyConcurrentAcceptsExactlyOneSucceeds() throws Exception {
		Invited invited = invite("race");
		String token = invited.token();
		List<Browser> phones = IntStream.range(0, 20).mapToObj((i) -> new Browser(this.http)).toList();
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			List<Callable<Integer>> accepts = phones.stream()
				.<Callable<Integer>>map((phone) -> () -> phone
					.post("/api/invitations/accept", Map.of("token", token, "password", "racing client password"))
					.returnResult(String.class)
					.getStatus()
					.value())
				.toList();
			List<Integer> statuses = pool.invokeAll(accepts).stream().map(InvitationApiTests::get).toList();
			assertThat(statuses).containsOnly(200, 410).containsOnlyOnce(200);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void afterAResendOnlyTheNewestLinkWorks() {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("resend");
		UUID client = Practices.addClient(admin.browser(), email);
		String first = Mailbox.invitationToken(this.http, email, 1);
		admin.browser()
			.post("/api/clients/" + client + "/invitation/resend")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("sent");
		String second = Mailbox.invitationToken(this.http, email, 2);
		admin.browser().post("/api/clients/" + client + "/invitation/resend").expectStatus().isOk();
		String third = Mailbox.invitationToken(this.http, email, 3);
		accept(first).expectStatus()
			.isEqualTo(410)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invitation-revoked");
		accept(second).expectStatus().isEqualTo(410);
		accept(third).expectStatus().isOk();
	}

	@Test
	void aRevokedLinkStopsWorking() {
		Invited invited = invite("revoke");
		SignedIn admin = invited.admin();
		UUID client = invited.client();
		String token = invited.token();
		admin.browser()
			.post("/api/clients/" + client + "/invitation/revoke")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("revoked");
		accept(token).expectStatus()
			.isEqualTo(410)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invitation-revoked");
	}

	@Test
	void decliningIsFinalAndShownToThePractice() {
		Invited invited = invite("decline");
		SignedIn admin = invited.admin();
		UUID client = invited.client();
		String token = invited.token();
		new Browser(this.http).post("/api/invitations/decline", Map.of("token", token)).expectStatus().isNoContent();
		accept(token).expectStatus()
			.isEqualTo(410)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invitation-used");
		admin.browser().get("/api/clients/{id}", client).expectBody().jsonPath("$.status").isEqualTo("declined");
		admin.browser().post("/api/clients/" + client + "/invitation/resend").expectStatus().isOk();
		admin.browser().get("/api/clients/{id}", client).expectBody().jsonPath("$.status").isEqualTo("invited");
	}

	@Test
	void lookingALinkUpManyTimesDoesNotUseItUp() {
		Invited invited = invite("prefetch");
		String token = invited.token();
		for (int i = 0; i < 10; i++) {
			new Browser(this.http).post("/api/invitations/lookup", Map.of("token", token)).expectStatus().isOk();
		}
		this.http.get().uri("/portal/invite").exchange().expectStatus().isOk();
		accept(token).expectStatus().isOk();
	}

	@Test
	void unknownTokensAreInvalidAndOnlyHashesAreStored() {
		accept("x".repeat(43)).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invitation-invalid");
		accept("").expectStatus().isBadRequest();
		Invited invited = invite("hash");
		String token = invited.token();
		assertThat(token).hasSize(43);
		Long rowsHoldingTheToken = this.database.sql("select count(*) from invitation i where i::text like :t")
			.bind("t", "%" + token + "%")
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
		byte[] stored = this.database.sql("select token_hash from invitation where client_id = :client")
			.bind("client", invited.client())
			.map((row) -> row.get(0, byte[].class))
			.one()
			.block();
		assertThat(rowsHoldingTheToken).isZero();
		assertThat(stored).isEqualTo(SecretTokens.hash(token));
	}

	@Test
	void guessingTokensIsSlowedDownPerAddress() {
		Invited invited = invite("guess");
		String token = invited.token();
		for (int guess = 0; guess < 20; guess++) {
			accept(SecretTokens.generate()).expectStatus().isNotFound();
		}
		accept(SecretTokens.generate()).expectStatus().isEqualTo(429).expectHeader().exists("Retry-After");
		accept(token).expectStatus().isEqualTo(429);
		this.clock.advance(Duration.ofSeconds(61));
		accept(token).expectStatus().isOk();
	}

	/** A new practice that has just invited a new client. */
	private Invited invite(String who) {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail(who);
		UUID client = Practices.addClient(admin.browser(), email);
		return new Invited(admin, client, Mailbox.invitationToken(this.http, email));
	}

	private record Invited(SignedIn admin, UUID client, String token) {
	}

	private WebTestClient.ResponseSpec accept(String token) {
		return new Browser(this.http).post("/api/invitations/accept",
				Map.of("token", token, "password", "a fine client password"));
	}

	private List<String> kinds(Browser practice, UUID client) {
		List<?> events = practice.get("/api/clients/{id}/activity", client)
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		return events.stream().map((event) -> (String) ((Map<?, ?>) event).get("kind")).toList();
	}

	private static Integer get(Future<Integer> status) {
		try {
			return status.get();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
