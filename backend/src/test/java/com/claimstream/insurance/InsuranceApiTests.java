package com.claimstream.insurance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.security.Role;
import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.ConnectedClient;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;

/**
 * A client's primary policy (PRODUCT §6): payers matched from the catalog, unknown ones
 * flagged for review, ambiguous names and government programs refused with the reason;
 * one policy per client, editable by those who see the client and, in the portal, only
 * while the practice allows it; saving announces {@code insurance.updated} and never
 * creates a claim.
 */
@ApiTest
class InsuranceApiTests {

	static final String PATH = "/api/clients/{id}/insurance";

	static final String PORTAL_PATH = "/api/portal/connections/{id}/insurance";

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient database;

	@Autowired
	InsurancePolicies policies;

	@Test
	void aPolicyWithACatalogPayerIsSavedAndAnnouncedWithIdsOnly() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("client"));
		save(admin.browser(), client, policy("uhc")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.policy.payerId")
			.isEqualTo("uhc")
			.jsonPath("$.policy.payerName")
			.isEqualTo("UnitedHealthcare")
			.jsonPath("$.policy.needsReview")
			.isEqualTo(false)
			.jsonPath("$.policy.sandboxPayerId")
			.isEqualTo("87726")
			.jsonPath("$.policy.supportsClaimstreamPay")
			.isEqualTo(true)
			.jsonPath("$.policy.memberId")
			.isEqualTo("W123456789")
			.jsonPath("$.policy.relationship")
			.isEqualTo("self")
			.jsonPath("$.reimbursementAccount.onFile")
			.isEqualTo(false);
		admin.browser()
			.get(PATH, client)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.policy.payerId")
			.isEqualTo("uhc")
			.jsonPath("$.policy.clientDateOfBirth")
			.isEqualTo("1990-04-02");
		List<Map<String, Object>> events = events(admin.practiceId());
		Map<String, Object> updated = events.stream()
			.filter((event) -> event.get("kind").equals("insurance.updated"))
			.findFirst()
			.orElseThrow();
		assertThat(updated.get("client_id")).isEqualTo(client);
		assertThat((String) updated.get("data")).contains("clientId", "policyId", "needsReview")
			.doesNotContain("W123456789", "UnitedHealthcare", "1990");
		// the activity timeline shows it
		admin.browser()
			.get("/api/clients/{id}/activity", client)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].kind")
			.value(hasItems("insurance.updated"));
		// saving never creates a claim
		assertThat(events).noneMatch((event) -> ((String) event.get("kind")).startsWith("claim"));
		assertThat(this.database.sql("select count(*) from claim where client_id = :client")
			.bind("client", client)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block()).isZero();
		Optional<PolicyView> primary = this.policies.primary(admin.practiceId(), client).block();
		assertThat(primary).hasValueSatisfying((policy) -> assertThat(policy.payerId()).isEqualTo("uhc"));
	}

	@Test
	void anUnknownInsurerIsAcceptedAndNeedsReview() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("client"));
		save(admin.browser(), client, byName("Acme Mutual Benefit Trust")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.policy.payerId")
			.doesNotExist()
			.jsonPath("$.policy.payerName")
			.isEqualTo("Acme Mutual Benefit Trust")
			.jsonPath("$.policy.needsReview")
			.isEqualTo(true);
	}

	@Test
	void aNameMatchingOnePayerIsThatPayerWhateverItsCase() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("client"));
		save(admin.browser(), client, byName("  emblemhealth (ghi) ")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.policy.payerId")
			.isEqualTo("emblemhealth");
	}

	@Test
	void anAmbiguousNameIsRefusedWithTheCandidates() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("client"));
		save(admin.browser(), client, byName("Blue Cross")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/payer-ambiguous")
			.jsonPath("$.candidates[*].id")
			.value(containsInAnyOrder("anthem-bcbs", "bcbs"))
			.jsonPath("$.errors[0].field")
			.isEqualTo("payerName");
		admin.browser().get(PATH, client).expectStatus().isOk().expectBody().jsonPath("$.policy").doesNotExist();
	}

	@Test
	void governmentProgramsAreRefusedWithTheReasonAndTheClientStaysSelfPay() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("client"));
		Map<String, String> programs = Map.of("Medicare Part B", "Medicare", "medi-cal", "Medicaid", "TRICARE West",
				"Tricare", "Aetna Medicare Advantage", "Medicare");
		programs.forEach((typed, program) -> save(admin.browser(), client, byName(typed)).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/payer-not-supported")
			.jsonPath("$.program")
			.isEqualTo(program)
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains(program, "Self-Pay")));
		admin.browser()
			.get("/api/clients/{id}", client)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paymentType")
			.isEqualTo("self_pay");
	}

	@Test
	void invalidFieldsAreNamed() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("client"));
		Map<String, Object> body = policy("aetna");
		body.put("memberId", "x");
		body.put("groupNumber", "<script>");
		body.put("clientDateOfBirth", LocalDate.now().plusDays(2).toString());
		body.put("relationship", "spouse");
		save(admin.browser(), client, body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation-failed")
			.jsonPath("$.errors[*].field")
			.value(containsInAnyOrder("memberId", "groupNumber", "clientDateOfBirth", "subscriberFirstName",
					"subscriberLastName", "subscriberDateOfBirth"));
		body.remove("clientDateOfBirth");
		body.put("memberId", "W1");
		body.remove("groupNumber");
		body.put("relationship", "self");
		save(admin.browser(), client, body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(containsInAnyOrder("clientDateOfBirth"));
	}

	@Test
	void aClientHasOnePrimaryPolicyReplacedInPlaceAndRemovable() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("client"));
		String first = policyId(save(admin.browser(), client, policy("aetna")));
		Map<String, Object> spouse = policy("cigna");
		spouse.put("relationship", "spouse");
		spouse.put("subscriberFirstName", "Jordan");
		spouse.put("subscriberLastName", "Client");
		spouse.put("subscriberDateOfBirth", "1988-01-15");
		save(admin.browser(), client, spouse).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.policy.id")
			.isEqualTo(first)
			.jsonPath("$.policy.payerId")
			.isEqualTo("cigna")
			.jsonPath("$.policy.subscriber.firstName")
			.isEqualTo("Jordan");
		assertThat(this.database.sql("select count(*) from insurance_policy where client_id = :id")
			.bind("id", client)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block()).isEqualTo(1);
		admin.browser().delete(PATH, client).expectStatus().isNoContent();
		admin.browser().get(PATH, client).expectStatus().isOk().expectBody().jsonPath("$.policy").doesNotExist();
		assertThat(events(admin.practiceId())).anyMatch((event) -> event.get("kind").equals("insurance.removed"));
	}

	@Test
	void anotherPracticeAndAnotherCliniciansClientAnswerLikeARandomId() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn clinician = Practices.addMember(admin, Role.CLINICIAN);
		SignedIn otherClinician = Practices.addMember(admin, Role.CLINICIAN);
		SignedIn staff = Practices.addMember(admin, Role.STAFF);
		SignedIn otherPractice = Practices.signUp(this.http);
		UUID client = Practices.addClient(clinician.browser(), Practices.uniqueEmail("client"));
		save(clinician.browser(), client, policy("aetna")).expectStatus().isOk();
		save(staff.browser(), client, policy("oscar")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.policy.payerId")
			.isEqualTo("oscar");
		String random = admin.browser()
			.get(PATH, UUID.randomUUID())
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		for (SignedIn outsider : List.of(otherPractice, otherClinician)) {
			String body = outsider.browser()
				.get(PATH, client)
				.expectStatus()
				.isNotFound()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(body).isEqualTo(random);
			save(outsider.browser(), client, policy("cigna")).expectStatus().isNotFound();
			outsider.browser().delete(PATH, client).expectStatus().isNotFound();
		}
		admin.browser()
			.get(PATH, client)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.policy.payerId")
			.isEqualTo("oscar");
	}

	@Test
	void theClientEditsInsuranceInThePortalOnlyWhileThePracticeAllowsIt() {
		SignedIn admin = Practices.signUp(this.http);
		ConnectedClient client = Practices.connectClient(this.http, admin.browser(), Practices.uniqueEmail("client"));
		save(client.portal(), client.clientId(), policy("kaiser"), PORTAL_PATH).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.policy.payerId")
			.isEqualTo("kaiser");
		Map<String, Object> event = events(admin.practiceId()).stream()
			.filter((row) -> row.get("kind").equals("insurance.updated"))
			.findFirst()
			.orElseThrow();
		assertThat(event.get("client_account_id")).isNotNull();

		admin.browser().put("/api/practice/portal-settings", Map.of("editInsurance", false)).expectStatus().isOk();
		save(client.portal(), client.clientId(), policy("aetna"), PORTAL_PATH).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/portal-feature-disabled");
		client.portal().delete(PORTAL_PATH, client.clientId()).expectStatus().isForbidden();
		client.portal()
			.get(PORTAL_PATH, client.clientId())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.policy.payerId")
			.isEqualTo("kaiser");
		// the practice still edits it
		save(admin.browser(), client.clientId(), policy("aetna")).expectStatus().isOk();

		admin.browser()
			.put("/api/clients/{id}/portal-settings", Map.of("showInsurance", "off"), client.clientId())
			.expectStatus()
			.isOk();
		client.portal()
			.get(PORTAL_PATH, client.clientId())
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.setting")
			.isEqualTo("showInsurance");
		// another client's record is not found, whatever the settings
		ConnectedClient other = Practices.connectClient(this.http, admin.browser(), Practices.uniqueEmail("other"));
		other.portal().get(PORTAL_PATH, client.clientId()).expectStatus().isNotFound();
	}

	@Test
	void thePayerPickerAnswersMatchedUnknownAmbiguousAndRefused() {
		Browser member = Practices.signUp(this.http).browser();
		member.get("/api/payers?q=uhc")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("matched")
			.jsonPath("$.payers[0].id")
			.isEqualTo("uhc");
		member.get("/api/payers?q=blue cross")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("ambiguous")
			.jsonPath("$.payers.length()")
			.isEqualTo(2);
		member.get("/api/payers?q=Zebra Health Co-op").expectBody().jsonPath("$.status").isEqualTo("unknown");
		member.get("/api/payers?q=medicaid")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("refused")
			.jsonPath("$.program")
			.isEqualTo("Medicaid");
		member.get("/api/payers").expectBody().jsonPath("$.payers.length()").isEqualTo(12);
		new Browser(this.http).get("/api/payers?q=aetna").expectStatus().isUnauthorized();
	}

	static WebTestClient.ResponseSpec save(Browser browser, UUID client, Map<String, Object> body) {
		return save(browser, client, body, PATH);
	}

	static WebTestClient.ResponseSpec save(Browser browser, UUID client, Map<String, Object> body, String path) {
		return browser.put(path, body, client);
	}

	static Map<String, Object> policy(String payerId) {
		Map<String, Object> body = new HashMap<>();
		body.put("payerId", payerId);
		body.put("memberId", "w123 456 789");
		body.put("groupNumber", "GRP-100");
		body.put("relationship", "self");
		body.put("clientDateOfBirth", "1990-04-02");
		return body;
	}

	private static Map<String, Object> byName(String payerName) {
		Map<String, Object> body = policy("");
		body.remove("payerId");
		body.put("payerName", payerName);
		return body;
	}

	private static String policyId(WebTestClient.ResponseSpec saved) {
		Map<?, ?> body = saved.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		return (String) ((Map<?, ?>) body.get("policy")).get("id");
	}

	private List<Map<String, Object>> events(UUID practiceId) {
		return this.database
			.sql("select kind, client_id, client_account_id, data::text as data from event where practice_id = :id")
			.bind("id", practiceId)
			.fetch()
			.all()
			.collectList()
			.block();
	}

}
