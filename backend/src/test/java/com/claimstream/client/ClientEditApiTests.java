package com.claimstream.client;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.security.Role;
import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.ClientAccounts;
import com.claimstream.support.Mailbox;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.ConnectedClient;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;

/**
 * Editing a client's profile (PRODUCT 3): every field, its validation, reassignment and
 * the edit history.
 */
@ApiTest
class ClientEditApiTests {

	@Autowired
	WebTestClient http;

	@Test
	void anEditReplacesTheProfileAndTheTimelineNamesWhoChangedWhichFields() {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("edit");
		UUID client = Practices.addClient(admin.browser(), email);
		Map<String, Object> edited = profile(email);
		edited.put("firstName", "Robin");
		edited.put("mobilePhone", "+14155550123");
		edited.put("smsConsent", true);
		edited.put("dateOfBirth", "1990-04-01");
		edited.put("address", Map.of("line1", "9 Elm St", "city", "Austin", "state", "TX", "postalCode", "78701-1234"));
		edited.put("emergencyContact", Map.of("name", "Lee", "phone", "+14155550199", "relationship", "sibling"));
		edited.put("clinicianId", admin.accountId());
		admin.browser()
			.put("/api/clients/{id}", edited, client)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.firstName")
			.isEqualTo("Robin")
			.jsonPath("$.address.state")
			.isEqualTo("TX")
			.jsonPath("$.paymentType")
			.isEqualTo("self_pay")
			.jsonPath("$.emailConsent")
			.isEqualTo(true);
		admin.browser()
			.get("/api/clients/{id}/activity", client)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].kind")
			.isEqualTo("client.edited")
			.jsonPath("$[0].data.fields")
			.value(contains("firstName", "dateOfBirth", "mobilePhone", "smsConsent", "address", "emergencyContact"))
			.jsonPath("$[0].data.editedBy")
			.isEqualTo(admin.accountId().toString());
		String activity = new String(admin.browser()
			.get("/api/clients/{id}/activity", client)
			.expectBody()
			.returnResult()
			.getResponseBody());
		// field names and ids only: the values are PHI and events reach live streams
		assertThat(activity).doesNotContain("Robin", "4155550123", "Elm", "1990", "Lee");
	}

	@Test
	void anEditThatChangesNothingRecordsNothing() {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("same");
		UUID client = Practices.addClient(admin.browser(), email);
		Map<String, Object> same = profile(email);
		same.put("clinicianId", admin.accountId());
		admin.browser().put("/api/clients/{id}", same, client).expectStatus().isOk();
		admin.browser()
			.get("/api/clients/{id}/activity", client)
			.expectBody()
			.jsonPath("$[*].kind")
			.value(contains("invitation.sent", "client.added"));
	}

	@Test
	void everyInvalidFieldOfAnEditIsNamed() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("bad"));
		Map<String, Object> bad = new HashMap<>();
		bad.put("firstName", " ");
		bad.put("email", "not-an-email");
		bad.put("dateOfBirth", tomorrow());
		bad.put("sexAtBirth", "other");
		bad.put("mobilePhone", "(212) 555-1234");
		bad.put("paymentType", "barter");
		bad.put("address", Map.of("state", "ZZ", "postalCode", "1234"));
		bad.put("emergencyContact", Map.of("phone", "555"));
		admin.browser()
			.put("/api/clients/{id}", bad, client)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(containsInAnyOrder("firstName", "lastName", "email", "dateOfBirth", "sexAtBirth", "mobilePhone",
					"paymentType", "address.state", "address.postalCode", "emergencyContact.phone"));
	}

	@Test
	void smsConsentNeedsAMobileNumberAndTheTimezoneMustExist() {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("sms");
		UUID client = Practices.addClient(admin.browser(), email);
		Map<String, Object> edited = profile(email);
		edited.put("smsConsent", true);
		edited.put("timezone", "Europe/Atlantis");
		admin.browser()
			.put("/api/clients/{id}", edited, client)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(containsInAnyOrder("smsConsent", "timezone"));
	}

	@Test
	void aDateOfBirthOfTodayIsAccepted() {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("today");
		UUID client = Practices.addClient(admin.browser(), email);
		Map<String, Object> edited = profile(email);
		// the same default zone as the validator's clock: both run in this JVM
		edited.put("dateOfBirth", LocalDate.now().toString());
		admin.browser().put("/api/clients/{id}", edited, client).expectStatus().isOk();
	}

	@Test
	void anEmailOfAnotherClientOffersThatClient() {
		SignedIn admin = Practices.signUp(this.http);
		String taken = Practices.uniqueEmail("taken");
		UUID existing = Practices.addClient(admin.browser(), taken);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("mine"));
		admin.browser()
			.put("/api/clients/{id}", profile(taken.toUpperCase()), client)
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/client-exists")
			.jsonPath("$.existingClientId")
			.isEqualTo(existing.toString());
	}

	@Test
	void administratorsReassignToAClinicianOrAdministratorButNeverToStaff() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn clinician = Practices.addMember(admin, Role.CLINICIAN);
		SignedIn staff = Practices.addMember(admin, Role.STAFF);
		String email = Practices.uniqueEmail("moved");
		UUID client = Practices.addClient(admin.browser(), email);
		Map<String, Object> toStaff = profile(email);
		toStaff.put("clinicianId", staff.accountId());
		admin.browser()
			.put("/api/clients/{id}", toStaff, client)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(contains("clinicianId"));
		Map<String, Object> toClinician = profile(email);
		toClinician.put("clinicianId", clinician.accountId());
		staff.browser()
			.put("/api/clients/{id}", toClinician, client)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.clinician.id")
			.isEqualTo(clinician.accountId().toString());
		admin.browser()
			.get("/api/clients/{id}/activity", client)
			.expectBody()
			.jsonPath("$[0].data.fields")
			.value(contains("clinicianId"))
			.jsonPath("$[0].data.editedBy")
			.isEqualTo(staff.accountId().toString());
	}

	@Test
	void aClinicianCannotHandTheirClientToAnotherClinician() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn clinician = Practices.addMember(admin, Role.CLINICIAN);
		String email = Practices.uniqueEmail("kept");
		UUID client = Practices.addClient(clinician.browser(), email);
		Map<String, Object> away = profile(email);
		away.put("clinicianId", admin.accountId());
		clinician.browser()
			.put("/api/clients/{id}", away, client)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("clinicianId");
		Map<String, Object> kept = profile(email);
		kept.put("clinicianId", clinician.accountId());
		kept.put("pronouns", "they/them");
		clinician.browser().put("/api/clients/{id}", kept, client).expectStatus().isOk();
	}

	@Test
	void injectedStatusAndPracticeAreIgnored() {
		// TEN-04: mass assignment through the edit body
		SignedIn admin = Practices.signUp(this.http);
		SignedIn other = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("mass");
		UUID client = Practices.addClient(admin.browser(), email);
		Map<String, Object> injected = profile(email);
		injected.put("status", "connected");
		injected.put("practiceId", other.practiceId());
		injected.put("id", UUID.randomUUID());
		admin.browser()
			.put("/api/clients/{id}", injected, client)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("invited")
			.jsonPath("$.id")
			.isEqualTo(client.toString());
		other.browser().get("/api/clients/{id}", client).expectStatus().isNotFound();
	}

	@Test
	void aRemovedClientCannotBeEdited() {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("removed");
		UUID client = Practices.addClient(admin.browser(), email);
		admin.browser().delete("/api/clients/{id}", client).expectStatus().isNoContent();
		Map<String, Object> edited = profile(email);
		edited.put("firstName", "Late");
		admin.browser()
			.put("/api/clients/{id}", edited, client)
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/client-removed");
	}

	@Test
	void aNewEmailOfAnInvitedClientGetsTheInvitationAndTheOldLinkStops() {
		SignedIn admin = Practices.signUp(this.http);
		String typo = Practices.uniqueEmail("typo");
		UUID client = Practices.addClient(admin.browser(), typo);
		String oldToken = Mailbox.invitationToken(this.http, typo, 1);
		String right = Practices.uniqueEmail("right");
		admin.browser()
			.put("/api/clients/{id}", profile(right), client)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("invited")
			.jsonPath("$.invitation.status")
			.isEqualTo("sent");
		new Browser(this.http).post("/api/invitations/lookup", Map.of("token", oldToken))
			.expectStatus()
			.isEqualTo(410)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invitation-revoked");
		ClientAccounts.accept(this.http, right, 1);
		admin.browser().get("/api/clients/{id}", client).expectBody().jsonPath("$.status").isEqualTo("connected");
		assertThat(Mailbox.textsTo(this.http, typo)).hasSize(1);
	}

	@Test
	void aNewEmailOfAConnectedClientSendsNoInvitation() {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("connected");
		ConnectedClient client = Practices.connectClient(this.http, admin.browser(), email);
		String moved = Practices.uniqueEmail("moved");
		admin.browser()
			.put("/api/clients/{id}", profile(moved), client.clientId())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("connected");
		client.portal().get("/api/portal/connections/{id}", client.clientId()).expectStatus().isOk();
		admin.browser()
			.get("/api/clients/{id}/activity", client.clientId())
			.expectBody()
			.jsonPath("$[0].kind")
			.isEqualTo("client.edited");
		assertThat(Mailbox.subjectsTo(this.http, moved)).isEmpty();
	}

	/** The profile {@link Practices#addClient} creates, as a mutable edit body. */
	static Map<String, Object> profile(String email) {
		return new HashMap<>(Map.of("firstName", "Casey", "lastName", "Client", "email", email));
	}

	private static String tomorrow() {
		return LocalDate.now().plusDays(1).toString();
	}

}
