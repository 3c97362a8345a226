package com.claimstream.benefits;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static com.claimstream.benefits.BenefitFixtures.diagnose;
import static com.claimstream.support.InsuranceSetup.insure;
import static com.claimstream.benefits.BenefitFixtures.settled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payment-type eligibility (PRODUCT §9) through the API: what each type needs, the
 * reasons given, and a refused change answered 422 wherever it comes from.
 */
@ApiTest
class PaymentTypeApiTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ClaimOutcomes claims;

	@Autowired
	DatabaseClient database;

	@Test
	void eachConditionOpensTheNextPaymentType() {
		SignedIn admin = Practices.signUp(this.http);
		Practices.ConnectedClient client = Practices.connectClient(this.http, admin.browser(),
				Practices.uniqueEmail("types"));
		UUID id = client.clientId();
		assertThat(eligible(admin.browser(), id)).containsExactly("self_pay");
		assertThat(reasons(admin.browser(), id, "oon_pay")).containsExactly("no_insurance", "no_diagnosis");
		refused(admin.browser(), id, "oon_pay", "no_insurance");

		insure(admin.browser(), id, "aetna", "OONMET-55");
		settled(admin.browser(), id);
		assertThat(eligible(admin.browser(), id)).containsExactly("self_pay");
		assertThat(reasons(admin.browser(), id, "oon_pay")).containsExactly("no_diagnosis");
		assertThat(reasons(admin.browser(), id, "superbill")).containsExactly("client_only");
		// superbill upload is the client's own choice, in the portal
		assertThat(eligible(client.portal(), id, true)).containsExactly("self_pay", "superbill");

		diagnose(admin.browser(), id);
		assertThat(eligible(admin.browser(), id)).containsExactly("self_pay", "oon_pay");
		assertThat(reasons(admin.browser(), id, "claimstream_pay")).containsExactly("no_paid_claim");
		admin.browser()
			.put("/api/clients/{id}/payment-type", Map.of("paymentType", "oon_pay"), id)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.current")
			.isEqualTo("oon_pay");
		admin.browser().get("/api/clients/{id}", id).expectBody().jsonPath("$.paymentType").isEqualTo("oon_pay");

		// an earlier claim for this policy, approved with a reimbursement
		UUID policyId = policyOf(id);
		this.claims
			.record(new ClaimOutcome(UUID.randomUUID(), admin.practiceId(), id, policyId, "90837", true, 15000, 0,
					12000, Instant.now()))
			.block();
		assertThat(eligible(admin.browser(), id)).containsExactly("self_pay", "oon_pay", "claimstream_pay");
		client.portal()
			.put("/api/portal/connections/{id}/payment-type", Map.of("paymentType", "claimstream_pay"), id)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.current")
			.isEqualTo("claimstream_pay");
	}

	@Test
	void claimstreamPayWaitsForTheDeductibleAndAPayerThatSupportsIt() {
		SignedIn admin = Practices.signUp(this.http);
		UUID remaining = Practices.addClient(admin.browser(), Practices.uniqueEmail("deductible"));
		insure(admin.browser(), remaining, "aetna", "OONDED-1");
		diagnose(admin.browser(), remaining);
		settled(admin.browser(), remaining);
		assertThat(reasons(admin.browser(), remaining, "claimstream_pay")).containsExactly("deductible_not_met",
				"no_paid_claim");

		UUID kaiser = Practices.addClient(admin.browser(), Practices.uniqueEmail("kaiser"));
		insure(admin.browser(), kaiser, "kaiser", "OONMET-1");
		diagnose(admin.browser(), kaiser);
		settled(admin.browser(), kaiser);
		assertThat(reasons(admin.browser(), kaiser, "claimstream_pay")).containsExactly("no_paid_claim",
				"payer_not_supported");
	}

	@Test
	void aFailedCheckIsNeverReadAsNoCoverage() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("failed"));
		insure(admin.browser(), client, "aetna", "TIMEOUT-2");
		diagnose(admin.browser(), client);
		settled(admin.browser(), client);
		assertThat(reasons(admin.browser(), client, "oon_pay")).containsExactly("benefit_check_needs_verification");
		refused(admin.browser(), client, "oon_pay", "benefit_check_needs_verification");
	}

	@Test
	void theProfileEditCannotSetAnIneligibleTypeEither() {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("profile");
		admin.browser()
			.post("/api/clients",
					Map.of("firstName", "Casey", "lastName", "Client", "email", email, "paymentType", "oon_pay"))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/payment-type-not-eligible");
		UUID client = Practices.addClient(admin.browser(), email);
		admin.browser()
			.put("/api/clients/{id}",
					Map.of("firstName", "Casey", "lastName", "Client", "email", email, "paymentType",
							"claimstream_pay"),
					client)
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.reasons[*].code")
			.value((List<String> codes) -> assertThat(codes).contains("no_insurance", "no_paid_claim"));
		admin.browser()
			.put("/api/clients/{id}/payment-type", Map.of("paymentType", "barter"), client)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("paymentType");
	}

	private void refused(Browser browser, UUID client, String type, String reason) {
		browser.put("/api/clients/{id}/payment-type", Map.of("paymentType", type), client)
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/payment-type-not-eligible")
			.jsonPath("$.paymentType")
			.isEqualTo(type)
			.jsonPath("$.reasons[0].code")
			.isEqualTo(reason);
		browser.get("/api/clients/{id}", client).expectBody().jsonPath("$.paymentType").isEqualTo("self_pay");
	}

	private static List<String> eligible(Browser browser, UUID client) {
		return eligible(browser, client, false);
	}

	private static List<String> eligible(Browser browser, UUID client, boolean portal) {
		return options(browser, client, portal).stream()
			.filter((option) -> Boolean.TRUE.equals(option.get("eligible")))
			.map((option) -> (String) option.get("type"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> reasons(Browser browser, UUID client, String type) {
		return options(browser, client, false).stream()
			.filter((option) -> option.get("type").equals(type))
			.flatMap((option) -> ((List<Map<String, Object>>) option.get("reasons")).stream())
			.map((reason) -> (String) reason.get("code"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> options(Browser browser, UUID client, boolean portal) {
		String path = portal ? "/api/portal/connections/{id}/payment-types" : "/api/clients/{id}/payment-types";
		Map<String, Object> body = browser.get(path, client)
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (List<Map<String, Object>>) body.get("options");
	}

	private UUID policyOf(UUID client) {
		return this.database.sql("select policy_id from benefit_check where client_id = :id limit 1")
			.bind("id", client)
			.map((row) -> row.get("policy_id", UUID.class))
			.one()
			.block();
	}

}
