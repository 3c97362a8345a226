package com.claimstream.client;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.ClientAccounts;
import com.claimstream.support.Mailbox;
import com.claimstream.support.MovableClock;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;

/**
 * Client contacts (guardians, PRODUCT §3): a contact with portal access acts for a minor
 * client through the client's record, until the access is revoked or the client turns 18.
 */
@ApiTest
class ContactApiTests {

	@Autowired
	WebTestClient http;

	@Autowired
	MovableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aGuardianWithPortalAccessIsInvitedAndActsForTheMinorClient() {
		SignedIn admin = guardianPractice();
		UUID minor = addClient(admin, "Sam", LocalDate.now(ZoneOffset.UTC).minusYears(12));
		String guardianEmail = Practices.uniqueEmail("guardian");
		Map<?, ?> contact = addContact(admin, minor, guardianEmail, true).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(contact.get("portalStatus")).isEqualTo("invited");
		assertThat(Mailbox.textsTo(this.http, guardianEmail).toString()).isNotEmpty();
		String token = Mailbox.invitationToken(this.http, guardianEmail, 1);
		assertThat(Mailbox.textsTo(this.http, guardianEmail).get(0)).contains("to act for Sam");

		Browser guardian = new Browser(this.http);
		guardian.post("/api/invitations/lookup", Map.of("token", token))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.actingFor")
			.isEqualTo("Sam")
			.jsonPath("$.clientFirstName")
			.isEqualTo("Pat Parent");
		guardian.post("/api/invitations/accept", Map.of("token", token, "password", ClientAccounts.PASSWORD))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.account.name")
			.isEqualTo("Pat Parent");
		guardian.get("/api/portal/connections")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].clientId")
			.isEqualTo(minor.toString())
			.jsonPath("$[0].actingFor")
			.isEqualTo("Sam");
		guardian.get("/api/portal/connections/{id}", minor)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.actingFor")
			.isEqualTo("Sam");
		admin.browser()
			.get("/api/clients/{id}/contacts", minor)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].portalStatus")
			.isEqualTo("active");
		// The contact's answer is theirs alone: the client's own invitation is untouched.
		admin.browser()
			.get("/api/clients/{id}", minor)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("invited")
			.jsonPath("$.invitation.status")
			.isEqualTo("sent");
	}

	@Test
	void portalAccessIsOnlyForAMinorClientWithAClearError() {
		SignedIn admin = guardianPractice();
		UUID adult = addClient(admin, "Alex", LocalDate.now(ZoneOffset.UTC).minusYears(18));
		addContact(admin, adult, Practices.uniqueEmail("contact"), true).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/client-not-minor")
			.jsonPath("$.errors[0].field")
			.isEqualTo("portalAccess")
			.jsonPath("$.errors[0].message")
			.isEqualTo("Alex is 18 or older: portal access for a contact is only for a client under 18");
		UUID unknownAge = addClient(admin, "Kim", null);
		addContact(admin, unknownAge, Practices.uniqueEmail("contact"), true).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo(
					"Add the client's date of birth first: portal access for a contact is only for a client under 18");
		// A contact without portal access is fine for anyone.
		addContact(admin, adult, Practices.uniqueEmail("contact"), false).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.portalStatus")
			.isEqualTo("none");
		admin.browser().get("/api/clients/{id}/contacts", adult).expectBody().jsonPath("$.length()").isEqualTo(1);
	}

	@Test
	void invalidContactFieldsAreNamed() {
		SignedIn admin = guardianPractice();
		UUID client = addClient(admin, "Sam", LocalDate.now(ZoneOffset.UTC).minusYears(12));
		admin.browser()
			.post("/api/clients/{id}/contacts", Map.of("name", "", "email", "nope", "phone", "555"), client)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation-failed")
			.jsonPath("$.errors.length()")
			.isEqualTo(5);
	}

	@Test
	void revokingPortalAccessEndsItAtOnce() {
		SignedIn admin = guardianPractice();
		UUID minor = addClient(admin, "Sam", LocalDate.now(ZoneOffset.UTC).minusYears(12));
		String guardianEmail = Practices.uniqueEmail("guardian");
		String contactId = contactId(addContact(admin, minor, guardianEmail, true));
		Browser guardian = ClientAccounts.accept(this.http, guardianEmail, 1);
		guardian.get("/api/portal/connections/{id}", minor).expectStatus().isOk();

		admin.browser()
			.delete("/api/clients/{id}/contacts/{contact}/portal-access", minor, contactId)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.portalStatus")
			.isEqualTo("none");
		guardian.get("/api/portal/connections").expectBody().jsonPath("$.length()").isEqualTo(0);
		guardian.get("/api/portal/connections/{id}", minor).expectStatus().isNotFound();

		// Granting again sends a new link; the old one is gone, the new one restores
		// access.
		admin.browser()
			.post("/api/clients/" + minor + "/contacts/" + contactId + "/portal-access")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.portalStatus")
			.isEqualTo("invited");
		ClientAccounts.accept(this.http, guardianEmail, 2)
			.get("/api/portal/connections/{id}", minor)
			.expectStatus()
			.isOk();
	}

	@Test
	void revokingBeforeAcceptingKillsTheLink() {
		SignedIn admin = guardianPractice();
		UUID minor = addClient(admin, "Sam", LocalDate.now(ZoneOffset.UTC).minusYears(12));
		String guardianEmail = Practices.uniqueEmail("guardian");
		String contactId = contactId(addContact(admin, minor, guardianEmail, true));
		String token = Mailbox.invitationToken(this.http, guardianEmail, 1);
		admin.browser()
			.delete("/api/clients/{id}/contacts/{contact}/portal-access", minor, contactId)
			.expectStatus()
			.isOk();
		new Browser(this.http).post("/api/invitations/accept", Map.of("token", token, "password", "whatever it is"))
			.expectStatus()
			.isEqualTo(410)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invitation-revoked");
	}

	@Test
	void aClientTurning18EndsTheirContactsAccess() {
		SignedIn admin = guardianPractice();
		UUID minor = addClient(admin, "Sam", LocalDate.now(ZoneOffset.UTC).minusYears(18).plusDays(3));
		String guardianEmail = Practices.uniqueEmail("guardian");
		addContact(admin, minor, guardianEmail, true).expectStatus().isCreated();
		ClientAccounts.accept(this.http, guardianEmail, 1)
			.get("/api/portal/connections/{id}", minor)
			.expectStatus()
			.isOk();
		this.clock.advance(Duration.ofDays(4));
		Browser later = new Browser(this.http);
		later
			.post("/api/sessions",
					Map.of("email", guardianEmail, "password", ClientAccounts.PASSWORD, "portal", "client"))
			.expectStatus()
			.isOk();
		later.get("/api/portal/connections/{id}", minor).expectStatus().isNotFound();
		later.get("/api/portal/connections").expectBody().jsonPath("$.length()").isEqualTo(0);
	}

	@Test
	void removingTheClientEndsTheirContactsAccessAndLinks() {
		SignedIn admin = guardianPractice();
		UUID minor = addClient(admin, "Sam", LocalDate.now(ZoneOffset.UTC).minusYears(12));
		String activeEmail = Practices.uniqueEmail("guardian");
		addContact(admin, minor, activeEmail, true).expectStatus().isCreated();
		Browser guardian = ClientAccounts.accept(this.http, activeEmail, 1);
		String pendingEmail = Practices.uniqueEmail("other-guardian");
		addContact(admin, minor, pendingEmail, true).expectStatus().isCreated();
		String pendingToken = Mailbox.invitationToken(this.http, pendingEmail, 1);

		admin.browser().delete("/api/clients/{id}", minor).expectStatus().isNoContent();
		guardian.get("/api/portal/connections/{id}", minor).expectStatus().isNotFound();
		new Browser(this.http).post("/api/invitations/lookup", Map.of("token", pendingToken))
			.expectStatus()
			.isEqualTo(410);
		addContact(admin, minor, Practices.uniqueEmail("late"), false).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/client-removed");
	}

	@Test
	void anEditReplacesTheContactAndTheTimelineNamesTheChangedFields() {
		SignedIn admin = guardianPractice();
		UUID minor = addClient(admin, "Sam", LocalDate.now(ZoneOffset.UTC).minusYears(12));
		String contactId = contactId(addContact(admin, minor, Practices.uniqueEmail("guardian"), false));
		Map<?, ?> edited = editContact(admin, minor, contactId,
				Map.of("name", "Pat Rivers", "relationship", "Father", "email", Practices.uniqueEmail("same"), "phone",
						"+12125550199", "portalAccess", false))
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(edited.get("name")).isEqualTo("Pat Rivers");
		assertThat(edited.get("portalStatus")).isEqualTo("none");
		admin.browser()
			.get("/api/clients/{id}/contacts", minor)
			.expectBody()
			.jsonPath("$[0].relationship")
			.isEqualTo("Father")
			.jsonPath("$[0].phone")
			.isEqualTo("+12125550199");
		String activity = new String(
				admin.browser().get("/api/clients/{id}/activity", minor).expectBody().returnResult().getResponseBody());
		admin.browser()
			.get("/api/clients/{id}/activity", minor)
			.expectBody()
			.jsonPath("$[0].kind")
			.isEqualTo("contact.edited")
			.jsonPath("$[0].data.fields")
			.value(contains("name", "relationship", "email", "phone"))
			.jsonPath("$[0].data.editedBy")
			.isEqualTo(admin.accountId().toString());
		// names and ids only: the values may be PHI and events reach live streams
		assertThat(activity).doesNotContain("Rivers", "Father", "5550199");
		editContact(admin, minor, contactId,
				Map.of("name", "", "relationship", "Father", "email", "nope", "portalAccess", false))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(containsInAnyOrder("name", "email"));
	}

	@Test
	void aNewEmailOfAnInvitedContactGetsTheInvitationAndTheOldLinkStops() {
		SignedIn admin = guardianPractice();
		UUID minor = addClient(admin, "Sam", LocalDate.now(ZoneOffset.UTC).minusYears(12));
		String typo = Practices.uniqueEmail("typo");
		String contactId = contactId(addContact(admin, minor, typo, true));
		String oldToken = Mailbox.invitationToken(this.http, typo, 1);
		String right = Practices.uniqueEmail("right");
		editContact(admin, minor, contactId,
				Map.of("name", "Pat Parent", "relationship", "Mother", "email", right, "phone", "+12125550100",
						"portalAccess", true))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.portalStatus")
			.isEqualTo("invited");
		new Browser(this.http).post("/api/invitations/lookup", Map.of("token", oldToken))
			.expectStatus()
			.isEqualTo(410)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invitation-revoked");
		ClientAccounts.accept(this.http, right, 1).get("/api/portal/connections/{id}", minor).expectStatus().isOk();
	}

	@Test
	void removingAGuardianEndsTheirActingForAtOnceAndKeepsTheHistory() {
		SignedIn admin = guardianPractice();
		UUID minor = addClient(admin, "Sam", LocalDate.now(ZoneOffset.UTC).minusYears(12));
		String guardianEmail = Practices.uniqueEmail("guardian");
		String contactId = contactId(addContact(admin, minor, guardianEmail, true));
		Browser guardian = ClientAccounts.accept(this.http, guardianEmail, 1);
		guardian.get("/api/portal/connections/{id}", minor).expectStatus().isOk();
		String pendingEmail = Practices.uniqueEmail("pending");
		String pendingId = contactId(addContact(admin, minor, pendingEmail, true));
		String pendingToken = Mailbox.invitationToken(this.http, pendingEmail, 1);

		admin.browser().delete("/api/clients/{id}/contacts/{contact}", minor, contactId).expectStatus().isNoContent();
		guardian.get("/api/portal/connections/{id}", minor).expectStatus().isNotFound();
		guardian.get("/api/portal/connections").expectBody().jsonPath("$.length()").isEqualTo(0);
		admin.browser().delete("/api/clients/{id}/contacts/{contact}", minor, pendingId).expectStatus().isNoContent();
		new Browser(this.http).post("/api/invitations/lookup", Map.of("token", pendingToken))
			.expectStatus()
			.isEqualTo(410);
		admin.browser().get("/api/clients/{id}/contacts", minor).expectBody().jsonPath("$.length()").isEqualTo(0);
		admin.browser().delete("/api/clients/{id}/contacts/{contact}", minor, contactId).expectStatus().isNotFound();
		editContact(admin, minor, contactId,
				Map.of("name", "Pat Parent", "relationship", "Mother", "email", guardianEmail, "portalAccess", true))
			.expectStatus()
			.isNotFound();
		admin.browser()
			.get("/api/clients/{id}/activity", minor)
			.expectBody()
			.jsonPath("$[0].kind")
			.isEqualTo("contact.removed")
			.jsonPath("$[?(@.kind == 'contact.removed')].data.contactId")
			.value(containsInAnyOrder(contactId, pendingId))
			.jsonPath("$[?(@.kind == 'contact.added')]")
			.exists();
	}

	@Test
	void anotherPracticesClientsContactsAnswerLikeMissingOnes() {
		SignedIn a = guardianPractice();
		SignedIn b = guardianPractice();
		UUID bMinor = addClient(b, "Sam", LocalDate.now(ZoneOffset.UTC).minusYears(12));
		String bContact = contactId(addContact(b, bMinor, Practices.uniqueEmail("guardian"), true));
		a.browser().get("/api/clients/{id}/contacts", bMinor).expectStatus().isNotFound();
		addContact(a, bMinor, Practices.uniqueEmail("intruder"), true).expectStatus().isNotFound();
		a.browser()
			.delete("/api/clients/{id}/contacts/{contact}/portal-access", bMinor, bContact)
			.expectStatus()
			.isNotFound();
		a.browser()
			.post("/api/clients/" + bMinor + "/contacts/" + bContact + "/portal-access")
			.expectStatus()
			.isNotFound();
		a.browser()
			.put("/api/clients/{id}/contacts/{contact}",
					Map.of("name", "Intruder", "relationship", "None", "email", Practices.uniqueEmail("intruder"),
							"portalAccess", true),
					bMinor, bContact)
			.expectStatus()
			.isNotFound();
		a.browser().delete("/api/clients/{id}/contacts/{contact}", bMinor, bContact).expectStatus().isNotFound();
		b.browser()
			.get("/api/clients/{id}/contacts", bMinor)
			.expectBody()
			.jsonPath("$[0].name")
			.isEqualTo("Pat Parent");
		// Nor does a contact id of another client of the same practice work.
		UUID bOther = addClient(b, "Ray", LocalDate.now(ZoneOffset.UTC).minusYears(10));
		b.browser()
			.post("/api/clients/" + bOther + "/contacts/" + bContact + "/portal-access")
			.expectStatus()
			.isNotFound();
	}

	@Test
	void guardiansNeedThePracticesGuardianAccessSettingAndLoseAccessWhenItIsTurnedOff() {
		SignedIn admin = Practices.signUp(this.http);
		UUID minor = addClient(admin, "Sam", LocalDate.now().minusYears(12));
		addContact(admin, minor, Practices.uniqueEmail("parent"), true).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/guardian-access-off");

		allowGuardians(admin);
		String email = Practices.uniqueEmail("parent");
		contactId(addContact(admin, minor, email, true));
		Browser guardian = new Browser(this.http);
		guardian
			.post("/api/invitations/accept",
					Map.of("token", Mailbox.invitationToken(this.http, email), "password", Practices.PASSWORD))
			.expectStatus()
			.isOk();
		guardian.get("/api/portal/connections/{id}", minor).expectStatus().isOk();

		admin.browser()
			.put("/api/clients/{id}/portal-settings", Map.of("guardianAccess", "off"), minor)
			.expectStatus()
			.isOk();
		guardian.get("/api/portal/connections/{id}", minor).expectStatus().isNotFound();
		guardian.get("/api/portal/connections").expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
	}

	/** A new practice whose portal settings allow client contacts (off by default). */
	private SignedIn guardianPractice() {
		SignedIn admin = Practices.signUp(this.http);
		allowGuardians(admin);
		return admin;
	}

	private static void allowGuardians(SignedIn admin) {
		admin.browser().put("/api/practice/portal-settings", Map.of("guardianAccess", true)).expectStatus().isOk();
	}

	private UUID addClient(SignedIn admin, String firstName, @Nullable LocalDate dateOfBirth) {
		Map<String, Object> body = new HashMap<>(
				Map.of("firstName", firstName, "lastName", "Young", "email", Practices.uniqueEmail("client")));
		if (dateOfBirth != null) {
			body.put("dateOfBirth", dateOfBirth.toString());
		}
		Map<?, ?> client = admin.browser()
			.post("/api/clients", body)
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString((String) client.get("id"));
	}

	private static WebTestClient.ResponseSpec addContact(SignedIn admin, UUID clientId, String email,
			boolean portalAccess) {
		return admin.browser()
			.post("/api/clients/{id}/contacts", Map.of("name", "Pat Parent", "relationship", "Mother", "email", email,
					"phone", "+12125550100", "portalAccess", portalAccess), clientId);
	}

	private static WebTestClient.ResponseSpec editContact(SignedIn admin, UUID clientId, String contactId,
			Map<String, Object> body) {
		return admin.browser().put("/api/clients/{id}/contacts/{contact}", body, clientId, contactId);
	}

	private static String contactId(WebTestClient.ResponseSpec added) {
		return (String) added.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

}
