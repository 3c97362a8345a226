package com.claimstream.client;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.security.Role;
import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;

/**
 * TEN-09: a clinician sees only the clients assigned to them; administrators and staff
 * see the whole practice.
 */
@ApiTest
class ClientScopingApiTests {

	@Autowired
	WebTestClient http;

	@Test
	void aClinicianSeesOnlyTheirOwnClientsInListsCountsAndSearch() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn first = Practices.addMember(admin, Role.CLINICIAN);
		SignedIn second = Practices.addMember(admin, Role.CLINICIAN);
		SignedIn staff = Practices.addMember(admin, Role.STAFF);
		ClientListApiTests.add(first.browser(), "Firstone", Map.of());
		ClientListApiTests.add(second.browser(), "Secondone", Map.of());
		ClientListApiTests.add(admin.browser(), "Adminone", Map.of());

		ClientListApiTests.lastNames(first.browser(), "").value(contains("Firstone"));
		ClientListApiTests.lastNames(first.browser(), "?search=secondone").isEmpty();
		ClientListApiTests.lastNames(first.browser(), "?clinicianId=" + second.accountId()).isEmpty();
		first.browser().get("/api/clients").expectBody().jsonPath("$.totalItems").isEqualTo(1);
		first.browser().get("/api/clients/counts").expectBody().jsonPath("$.invited").isEqualTo(1);
		ClientListApiTests.lastNames(second.browser(), "").value(contains("Secondone"));
		ClientListApiTests.lastNames(admin.browser(), "")
			.value(containsInAnyOrder("Adminone", "Firstone", "Secondone"));
		ClientListApiTests.lastNames(staff.browser(), "")
			.value(containsInAnyOrder("Adminone", "Firstone", "Secondone"));
		staff.browser().get("/api/clients/counts").expectBody().jsonPath("$.invited").isEqualTo(3);
	}

	@Test
	void anotherClinicianOfTheSamePracticeGetsTheRandomIdAnswerForEveryRead() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn first = Practices.addMember(admin, Role.CLINICIAN);
		SignedIn second = Practices.addMember(admin, Role.CLINICIAN);
		String email = Practices.uniqueEmail("theirs");
		UUID theirs = ClientListApiTests.add(second.browser(), "Theirs", Map.of("email", email));
		assertThat(notFound(first.browser(), "/api/clients/" + theirs))
			.isEqualTo(notFound(first.browser(), "/api/clients/" + UUID.randomUUID()));
		first.browser().get("/api/clients/{id}/activity", theirs).expectStatus().isNotFound();
		second.browser().get("/api/clients/{id}", theirs).expectStatus().isOk();
	}

	@Test
	void anotherClinicianCannotWriteToTheClient() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn first = Practices.addMember(admin, Role.CLINICIAN);
		SignedIn second = Practices.addMember(admin, Role.CLINICIAN);
		String email = Practices.uniqueEmail("theirs");
		UUID theirs = ClientListApiTests.add(second.browser(), "Theirs", Map.of("email", email));
		Map<String, Object> takeOver = ClientEditApiTests.profile(email);
		takeOver.put("clinicianId", first.accountId());
		Browser intruder = first.browser();
		intruder.put("/api/clients/{id}", takeOver, theirs).expectStatus().isNotFound();
		intruder.put("/api/clients/{id}/pin", Map.of(), theirs).expectStatus().isNotFound();
		intruder.delete("/api/clients/{id}/pin", theirs).expectStatus().isNotFound();
		intruder.post("/api/clients/" + theirs + "/archive").expectStatus().isNotFound();
		intruder.post("/api/clients/" + theirs + "/unarchive").expectStatus().isNotFound();
		intruder.post("/api/clients/" + theirs + "/invitation/resend").expectStatus().isNotFound();
		intruder.post("/api/clients/" + theirs + "/invitation/revoke").expectStatus().isNotFound();
		intruder.delete("/api/clients/{id}", theirs).expectStatus().isNotFound();
		second.browser()
			.get("/api/clients/{id}", theirs)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("invited")
			.jsonPath("$.clinician.id")
			.isEqualTo(second.accountId().toString())
			.jsonPath("$.invitation.status")
			.isEqualTo("sent");
		second.browser()
			.get("/api/clients/{id}/activity", theirs)
			.expectBody()
			.jsonPath("$[*].kind")
			.value(contains("invitation.sent", "client.added"));
	}

	@Test
	void aClinicianIsTheDefaultClinicianOfTheClientsTheyAddAndCannotAddForOthers() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn clinician = Practices.addMember(admin, Role.CLINICIAN);
		UUID own = ClientListApiTests.add(clinician.browser(), "Own", Map.of());
		clinician.browser()
			.get("/api/clients/{id}", own)
			.expectBody()
			.jsonPath("$.clinician.id")
			.isEqualTo(clinician.accountId().toString());
		clinician.browser()
			.post("/api/clients",
					Map.of("firstName", "A", "lastName", "B", "email", Practices.uniqueEmail("for-admin"),
							"clinicianId", admin.accountId()))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("clinicianId");
	}

	private static String notFound(Browser browser, String uri) {
		return new String(browser.get(uri).expectStatus().isNotFound().expectBody().returnResult().getResponseBody());
	}

}
