package com.claimstream.client;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.security.Role;
import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Mailbox;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.hamcrest.Matchers.contains;

/**
 * The client list of PRODUCT 3: filters by payment type and clinician, pins per member,
 * archive and unarchive, counts by status.
 */
@ApiTest
class ClientListApiTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient database;

	@Test
	void filtersByPaymentTypeAndClinician() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn clinician = Practices.addMember(admin, Role.CLINICIAN);
		// the payment type needs eligibility (benefits.PaymentTypeApiTests): the list
		// only reads it
		UUID adams = add(admin.browser(), "Adams", Map.of());
		this.database.sql("update client set payment_type = 'oon_pay' where client_id = :id")
			.bind("id", adams)
			.then()
			.block();
		add(admin.browser(), "Baker", Map.of("clinicianId", clinician.accountId()));
		add(admin.browser(), "Chen", Map.of());
		lastNames(admin.browser(), "?paymentType=oon_pay").value(contains("Adams"));
		lastNames(admin.browser(), "?paymentType=self_pay").value(contains("Baker", "Chen"));
		lastNames(admin.browser(), "?clinicianId=" + clinician.accountId()).value(contains("Baker"));
		lastNames(admin.browser(), "?clinicianId=" + admin.accountId() + "&paymentType=self_pay")
			.value(contains("Chen"));
		admin.browser()
			.get("/api/clients?paymentType=barter&clinicianId=nobody")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(contains("paymentType", "clinicianId"));
	}

	@Test
	void pinsArePerMemberAndComeFirst() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn staff = Practices.addMember(admin, Role.STAFF);
		add(admin.browser(), "Adams", Map.of());
		UUID zimmer = add(admin.browser(), "Zimmer", Map.of());
		admin.browser().put("/api/clients/{id}/pin", Map.of(), zimmer).expectStatus().isNoContent();
		// pinning twice is still one pin
		admin.browser().put("/api/clients/{id}/pin", Map.of(), zimmer).expectStatus().isNoContent();
		lastNames(admin.browser(), "").value(contains("Zimmer", "Adams"));
		admin.browser().get("/api/clients").expectBody().jsonPath("$.items[0].pinned").isEqualTo(true);
		lastNames(staff.browser(), "").value(contains("Adams", "Zimmer"));
		staff.browser().get("/api/clients").expectBody().jsonPath("$.items[1].pinned").isEqualTo(false);
		admin.browser().delete("/api/clients/{id}/pin", zimmer).expectStatus().isNoContent();
		lastNames(admin.browser(), "").value(contains("Adams", "Zimmer"));
		admin.browser().put("/api/clients/{id}/pin", Map.of(), UUID.randomUUID()).expectStatus().isNotFound();
	}

	@Test
	void archivingHidesAConnectedClientUntilUnarchived() {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("archive");
		UUID client = Practices.addClient(admin.browser(), email);
		add(admin.browser(), "Visible", Map.of());
		admin.browser()
			.post("/api/clients/" + client + "/archive")
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/illegal-transition");
		connect(email);
		admin.browser()
			.post("/api/clients/" + client + "/archive")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("archived");
		lastNames(admin.browser(), "").value(contains("Visible"));
		lastNames(admin.browser(), "?status=archived").value(contains("Client"));
		admin.browser().post("/api/clients/" + client + "/archive").expectStatus().isEqualTo(409);
		admin.browser()
			.post("/api/clients/" + client + "/unarchive")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("connected");
		admin.browser().post("/api/clients/" + client + "/unarchive").expectStatus().isEqualTo(409);
		lastNames(admin.browser(), "").value(contains("Client", "Visible"));
		admin.browser()
			.get("/api/clients/{id}/activity", client)
			.expectBody()
			.jsonPath("$[0].data.status")
			.isEqualTo("connected")
			.jsonPath("$[1].data.status")
			.isEqualTo("archived");
	}

	@Test
	void removedClientsOnlyShowWhenAskedFor() {
		SignedIn admin = Practices.signUp(this.http);
		UUID gone = add(admin.browser(), "Gone", Map.of());
		add(admin.browser(), "Here", Map.of());
		admin.browser().delete("/api/clients/{id}", gone).expectStatus().isNoContent();
		lastNames(admin.browser(), "").value(contains("Here"));
		lastNames(admin.browser(), "?status=removed").value(contains("Gone"));
	}

	@Test
	void countsEveryStatus() {
		SignedIn admin = Practices.signUp(this.http);
		add(admin.browser(), "One", Map.of());
		UUID gone = add(admin.browser(), "Two", Map.of());
		admin.browser().delete("/api/clients/{id}", gone).expectStatus().isNoContent();
		admin.browser()
			.get("/api/clients/counts")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.invited")
			.isEqualTo(1)
			.jsonPath("$.removed")
			.isEqualTo(1)
			.jsonPath("$.connected")
			.isEqualTo(0)
			.jsonPath("$.archived")
			.isEqualTo(0);
	}

	private void connect(String email) {
		String token = Mailbox.invitationToken(this.http, email);
		new Browser(this.http)
			.post("/api/invitations/accept", Map.of("token", token, "password", "a client's own password"))
			.expectStatus()
			.isOk();
	}

	static UUID add(Browser browser, String lastName, Map<String, Object> fields) {
		Map<String, Object> body = ClientEditApiTests.profile(Practices.uniqueEmail(lastName.toLowerCase()));
		body.put("lastName", lastName);
		body.putAll(fields);
		String id = (String) browser.post("/api/clients", body)
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
		return UUID.fromString(id);
	}

	static org.springframework.test.web.reactive.server.JsonPathAssertions lastNames(Browser browser, String query) {
		return browser.get("/api/clients" + query).expectStatus().isOk().expectBody().jsonPath("$.items[*].lastName");
	}

}
