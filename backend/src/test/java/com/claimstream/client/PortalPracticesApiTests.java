package com.claimstream.client;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.ClientAccounts;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.ConnectedClient;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client account connected to several practices (PRODUCT §4): the portal reads each
 * practice through that practice's client record only (TEN-02: a record that is not the
 * account's answers like a random id).
 */
@ApiTest
class PortalPracticesApiTests {

	@Autowired
	WebTestClient http;

	@Test
	void acceptingASecondPracticesInvitationConnectsTheSameAccountToBoth() {
		TwoPractices two = connectToTwoPractices();
		two.client()
			.get("/api/portal/connections")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2)
			.jsonPath("$[0].clientId")
			.isEqualTo(two.first().toString())
			.jsonPath("$[1].clientId")
			.isEqualTo(two.second().toString())
			.jsonPath("$[1].status")
			.isEqualTo("connected")
			.jsonPath("$[0].actingFor")
			.doesNotExist();
		two.client()
			.get("/api/portal/connections/{id}", two.first())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.practiceName")
			.isEqualTo(two.firstPracticeName());
		two.client()
			.get("/api/portal/connections/{id}", two.second())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.practiceName")
			.isEqualTo(two.secondPracticeName());
	}

	// the portal's insurance form starts from it
	@Test
	void aConnectionCarriesTheDateOfBirthThePracticeRecorded() {
		SignedIn admin = Practices.signUp(this.http);
		ConnectedClient born = Practices.connectClient(this.http, admin.browser(), Map.of("firstName", "Dana",
				"lastName", "Born", "email", Practices.uniqueEmail("born"), "dateOfBirth", "1990-04-02"));
		born.portal()
			.get("/api/portal/connections/{id}", born.clientId())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.dateOfBirth")
			.isEqualTo("1990-04-02");
		ConnectedClient unknown = Practices.connectClient(this.http, admin.browser(), Practices.uniqueEmail("unknown"));
		unknown.portal()
			.get("/api/portal/connections")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].dateOfBirth")
			.doesNotExist();
	}

	@Test
	void aRecordThatIsNotTheAccountsAnswersExactlyLikeARandomId() {
		TwoPractices two = connectToTwoPractices();
		SignedIn other = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("other-client");
		UUID foreign = Practices.addClient(other.browser(), email);
		Browser stranger = ClientAccounts.accept(this.http, email, 1);
		byte[] notTheirs = stranger.get("/api/portal/connections/{id}", two.first())
			.expectStatus()
			.isNotFound()
			.expectBody()
			.returnResult()
			.getResponseBody();
		byte[] random = stranger.get("/api/portal/connections/{id}", UUID.randomUUID())
			.expectStatus()
			.isNotFound()
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(new String(notTheirs)).isEqualTo(new String(random));
		two.client().get("/api/portal/connections/{id}", foreign).expectStatus().isNotFound();
	}

	@Test
	void aRemovedConnectionLeavesTheSwitcherAndItsDataIsNoLongerReadable() {
		TwoPractices two = connectToTwoPractices();
		two.firstAdmin().browser().delete("/api/clients/{id}", two.first()).expectStatus().isNoContent();
		two.client()
			.get("/api/portal/connections")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].clientId")
			.isEqualTo(two.second().toString());
		two.client().get("/api/portal/connections/{id}", two.first()).expectStatus().isNotFound();
		two.client().get("/api/portal/connections/{id}", two.second()).expectStatus().isOk();
	}

	@Test
	void practiceMembersCannotUseThePortalApi() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("client"));
		admin.browser().get("/api/portal/connections/{id}", client).expectStatus().isForbidden();
	}

	private TwoPractices connectToTwoPractices() {
		String email = Practices.uniqueEmail("two-practices");
		SignedIn firstAdmin = Practices.signUp(this.http);
		UUID first = Practices.addClient(firstAdmin.browser(), email);
		ClientAccounts.accept(this.http, email, 1);
		SignedIn secondAdmin = Practices.signUp(this.http);
		UUID second = Practices.addClient(secondAdmin.browser(), email);
		Browser client = ClientAccounts.accept(this.http, email, 2);
		return new TwoPractices(client, firstAdmin, first, practiceName(firstAdmin), second, practiceName(secondAdmin));
	}

	private static String practiceName(SignedIn admin) {
		Map<?, ?> session = admin.browser().get("/api/session").expectBody(Map.class).returnResult().getResponseBody();
		return (String) ((Map<?, ?>) session.get("practice")).get("name");
	}

	private record TwoPractices(Browser client, SignedIn firstAdmin, UUID first, String firstPracticeName, UUID second,
			String secondPracticeName) {
	}

}
