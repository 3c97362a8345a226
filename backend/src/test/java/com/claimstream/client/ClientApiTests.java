package com.claimstream.client;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;

@ApiTest
class ClientApiTests {

	@Autowired
	WebTestClient http;

	@Test
	void addingAClientSendsTheInvitationAndAssignsTheCreatingClinician() {
		SignedIn admin = Practices.signUp(this.http);
		admin.browser()
			.post("/api/clients",
					Map.of("firstName", "Ana", "lastName", "Reyes", "email", "Ana.Reyes@Example.TEST", "mobilePhone",
							"+12125551234", "smsConsent", true, "timezone", "America/New_York", "address",
							Map.of("line1", "1 Main St", "city", "Albany", "state", "NY", "postalCode", "12207")))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("invited")
			.jsonPath("$.email")
			.isEqualTo("ana.reyes@example.test")
			.jsonPath("$.emailConsent")
			.isEqualTo(true)
			.jsonPath("$.address.state")
			.isEqualTo("NY")
			.jsonPath("$.clinician.id")
			.isEqualTo(admin.accountId().toString())
			.jsonPath("$.invitation.status")
			.isEqualTo("sent");
	}

	@Test
	void invalidFieldsAreNamedOneByOne() {
		SignedIn admin = Practices.signUp(this.http);
		admin.browser()
			.post("/api/clients",
					Map.of("firstName", "", "email", "nope", "dateOfBirth", "2999-01-01", "mobilePhone", "555-1234",
							"sexAtBirth", "other", "address", Map.of("state", "New York", "postalCode", "1234")))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation-failed")
			.jsonPath("$.errors[*].field")
			.value(containsInAnyOrder("firstName", "lastName", "email", "dateOfBirth", "mobilePhone", "sexAtBirth",
					"address.state", "address.postalCode"));
	}

	@Test
	void rulesAcrossFieldsAreFieldErrorsToo() {
		SignedIn admin = Practices.signUp(this.http);
		admin.browser()
			.post("/api/clients",
					Map.of("firstName", "A", "lastName", "B", "email", Practices.uniqueEmail("c"), "smsConsent", true,
							"timezone", "Mars/Olympus", "clinicianId", UUID.randomUUID()))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(containsInAnyOrder("smsConsent", "timezone", "clinicianId"));
	}

	@Test
	void malformedJsonIsAProblemNotAnError() {
		SignedIn admin = Practices.signUp(this.http);
		admin.browser()
			.http()
			.post()
			.uri("/api/clients")
			.header("Content-Type", "application/json")
			.bodyValue("{\"firstName\": ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/malformed-request");
	}

	@Test
	void anEmailAlreadyInThePracticeOffersTheExistingClient() {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("dup");
		UUID existing = Practices.addClient(admin.browser(), email);
		admin.browser()
			.post("/api/clients", Map.of("firstName", "Other", "lastName", "Person", "email", email.toUpperCase()))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/client-exists")
			.jsonPath("$.existingClientId")
			.isEqualTo(existing.toString())
			.jsonPath("$.existingClientName")
			.isEqualTo("Casey Client");
		admin.browser().get("/api/clients").expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(1);
	}

	@Test
	void theSameEmailIsANewClientInAnotherPractice() {
		String email = Practices.uniqueEmail("shared");
		Practices.addClient(Practices.signUp(this.http).browser(), email);
		Practices.addClient(Practices.signUp(this.http).browser(), email);
	}

	@Test
	void anotherPracticesClientAnswersExactlyLikeAMissingOne() {
		SignedIn a = Practices.signUp(this.http);
		SignedIn b = Practices.signUp(this.http);
		UUID bClient = Practices.addClient(b.browser(), Practices.uniqueEmail("b"));
		byte[] foreign = a.browser()
			.get("/api/clients/{id}", bClient)
			.expectStatus()
			.isNotFound()
			.expectBody()
			.returnResult()
			.getResponseBody();
		byte[] random = a.browser()
			.get("/api/clients/{id}", UUID.randomUUID())
			.expectStatus()
			.isNotFound()
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(new String(foreign)).isEqualTo(new String(random));
		a.browser().delete("/api/clients/{id}", bClient).expectStatus().isNotFound();
		a.browser().post("/api/clients/" + bClient + "/invitation/resend").expectStatus().isNotFound();
		a.browser().get("/api/clients/{id}/activity", bClient).expectStatus().isNotFound();
		b.browser()
			.get("/api/clients/{id}", bClient)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("invited");
	}

	@Test
	void listSearchesFiltersSortsAndPages() {
		SignedIn admin = Practices.signUp(this.http);
		for (String last : new String[] { "Zimmer", "Adams", "Moreno" }) {
			admin.browser()
				.post("/api/clients",
						Map.of("firstName", "Pat", "lastName", last, "email",
								Practices.uniqueEmail(last.toLowerCase())))
				.expectStatus()
				.isCreated();
		}
		admin.browser()
			.get("/api/clients?sort=name&size=2")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[*].lastName")
			.value(contains("Adams", "Moreno"))
			.jsonPath("$.totalItems")
			.isEqualTo(3)
			.jsonPath("$.totalPages")
			.isEqualTo(2);
		admin.browser()
			.get("/api/clients?sort=-name&page=1&size=2")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[*].lastName")
			.value(contains("Adams"));
		admin.browser()
			.get("/api/clients?search=morEN")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[*].lastName")
			.value(contains("Moreno"));
		admin.browser()
			.get("/api/clients?search=%25")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(0);
		admin.browser()
			.get("/api/clients?status=connected")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(0);
		admin.browser()
			.get("/api/clients?status=invited")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(3);
	}

	@Test
	void badListParametersAreFieldErrors() {
		SignedIn admin = Practices.signUp(this.http);
		admin.browser()
			.get("/api/clients?status=happy&sort=shoeSize&page=-1&size=1000")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(containsInAnyOrder("status", "sort", "page", "size"));
		admin.browser().get("/api/clients/not-a-uuid").expectStatus().isBadRequest();
	}

	@Test
	void removingAClientKeepsHistoryAndEndsTheInvitation() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("gone"));
		admin.browser().delete("/api/clients/{id}", client).expectStatus().isNoContent();
		admin.browser()
			.get("/api/clients/{id}", client)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("removed")
			.jsonPath("$.invitation.status")
			.isEqualTo("revoked");
		admin.browser()
			.get("/api/clients/{id}/activity", client)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].kind")
			.value(contains("invitation.revoked", "client.removed", "invitation.sent", "client.added"));
		admin.browser()
			.post("/api/clients/" + client + "/invitation/resend")
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/client-removed");
		admin.browser().delete("/api/clients/{id}", client).expectStatus().isEqualTo(409);
	}

	@Test
	void activityCarriesIdsAndStatusesOnly() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("quiet"));
		String activity = new String(admin.browser()
			.get("/api/clients/{id}/activity", client)
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody());
		assertThat(activity).contains("client.added", client.toString()).doesNotContain("Casey", "quiet-");
	}

	@Test
	void clientsArePracticeDataOnly() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("x"));
		this.http.get().uri("/api/clients/{id}", client).exchange().expectStatus().isUnauthorized();
		this.http.get()
			.uri("/api/clients")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/unauthenticated");
	}

}
