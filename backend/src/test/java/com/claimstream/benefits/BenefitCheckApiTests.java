package com.claimstream.benefits;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.security.Role;
import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Mailbox;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static com.claimstream.benefits.BenefitFixtures.checks;
import static com.claimstream.support.InsuranceSetup.insure;
import static com.claimstream.benefits.BenefitFixtures.settled;
import static com.claimstream.benefits.BenefitFixtures.summary;
import static com.claimstream.support.InsuranceSetup.uploadCards;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benefit checks through the API: started by saving insurance or by the practice, run in
 * the background against the sandbox, manual verification by administrators only.
 */
@ApiTest
class BenefitCheckApiTests {

	@Autowired
	WebTestClient http;

	@Test
	void savingInsuranceStartsACheckThatCompletesInTheBackgroundAndTellsBothSides() {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("insured");
		UUID client = Practices.addClient(admin.browser(), email);
		insure(admin.browser(), client, "aetna", "OONDED-100");

		Map<String, Object> check = settled(admin.browser(), client);
		assertThat(check).containsEntry("status", "complete")
			.containsEntry("oonBenefits", "yes")
			.containsEntry("activeCoverage", true)
			.containsEntry("source", "benefit_check")
			.containsEntry("needsManualVerification", false);
		assertThat(check.get("deductible"))
			.isEqualTo(Map.of("totalCents", 150000, "metCents", 25000, "remainingCents", 125000));
		assertThat(check.get("coinsurancePercent")).isEqualTo(30);
		assertThat(check.get("allowedAmounts")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.contains(Map.of("cpt", "90837", "allowedCents", 15000));
		assertThat(check.get("payer")).isEqualTo(Map.of("id", "60054", "name", "Aetna"));

		// the timeline: ids and statuses only
		List<Map<String, Object>> activity = activity(admin.browser(), client);
		assertThat(activity).extracting((event) -> event.get("kind"))
			.contains("benefit_check.started", "benefit_check.completed", "payment_eligibility.changed");
		Object completed = activity.stream()
			.filter((event) -> event.get("kind").equals("benefit_check.completed"))
			.findFirst()
			.orElseThrow()
			.get("data");
		assertThat(completed).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsOnlyKeys("clientId", "benefitCheckId", "status");

		Mailbox.awaitSubject(this.http, email, "Your benefit check is ready");
		Mailbox.awaitSubject(this.http, admin.email(), "Benefit check complete for Casey Client");
		assertThat(String.join("\n", Mailbox.textsTo(this.http, email))).doesNotContain("1,500", "30%");
	}

	@Test
	void thePracticeStartsACheckThatAnswers202Running() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("recheck"));
		admin.browser()
			.post("/api/clients/{id}/benefit-checks", Map.of(), client)
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/insurance-required");
		insure(admin.browser(), client, "aetna", "OONMET-1");
		settled(admin.browser(), client);
		admin.browser()
			.post("/api/clients/{id}/benefit-checks", Map.of(), client)
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("running");
		assertThat(settled(admin.browser(), client)).containsEntry("status", "complete");
		assertThat(checks(admin.browser(), client)).hasSize(2);
	}

	@ParameterizedTest
	@CsvSource({ "OONMET-7, complete, yes, estimated", "NOOON-7, complete, no, no_oon_benefits",
			"INACTIVE-7, complete, no, coverage_inactive", "PARTIAL-7, incomplete, yes, needs_manual_verification",
			"TIMEOUT-7, failed, unknown, needs_manual_verification",
			"NOTFOUND-7, failed, unknown, needs_manual_verification",
			"CARVE-7, incomplete, unknown, needs_manual_verification" })
	void eachSandboxScenarioEndsTheCheckAsDocumented(String memberId, String status, String oon, String state) {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("scenario"));
		insure(admin.browser(), client, "cigna", memberId);
		Map<String, Object> check = settled(admin.browser(), client);
		assertThat(check).containsEntry("status", status).containsEntry("oonBenefits", oon);
		assertThat(check.get("needsManualVerification")).isEqualTo(!status.equals("complete"));
		Map<String, Object> summary = summary(admin.browser(), "/api/clients/" + client + "/benefits");
		assertThat(summary).containsEntry("state", state);
		if (status.equals("failed")) {
			assertThat(check.get("rejection")).isNotNull();
			assertThat(summary.get("estimate")).isNull();
		}
		if (memberId.startsWith("CARVE")) {
			assertThat(check).containsEntry("carvedOutTo", "Optum Behavioral Health");
		}
		if (memberId.startsWith("PARTIAL")) {
			assertThat(check.get("missingFields")).asInstanceOf(InstanceOfAssertFactories.LIST)
				.contains("deductibleTotal", "allowedAmount.90837");
		}
	}

	@Test
	void aFailedCheckIsVerifiedByHandByAnAdministratorOnly() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn clinician = Practices.addMember(admin, Role.CLINICIAN);
		SignedIn staff = Practices.addMember(admin, Role.STAFF);
		String email = Practices.uniqueEmail("manual");
		UUID client = Practices.addClient(admin.browser(), Map.of("firstName", "Robin", "lastName", "Manual", "email",
				email, "clinicianId", clinician.accountId()));
		insure(admin.browser(), client, "aetna", "TIMEOUT-9");
		String check = (String) settled(admin.browser(), client).get("id");
		String path = "/api/clients/" + client + "/benefit-checks/" + check;
		Mailbox.awaitSubject(this.http, email, "Your benefit check needs a closer look");
		Mailbox.awaitSubject(this.http, clinician.email(), "Manual verification needed for Robin Manual");

		// the card images are needed first
		admin.browser()
			.post(path + "/manual-request")
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/manual-verification-not-ready")
			.jsonPath("$.missing[0]")
			.isEqualTo("card_images");
		uploadCards(admin.browser(), client);
		clinician.browser()
			.post(path + "/manual-request")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("manual_requested");
		// asked twice: the state has moved on
		clinician.browser().post(path + "/manual-request").expectStatus().isEqualTo(409);

		Map<String, Object> numbers = Map.of("oonBenefits", "yes", "deductibleTotalCents", 100000, "deductibleMetCents",
				100000, "coinsurancePercent", 20, "allowedAmounts",
				List.of(Map.of("cpt", "90837", "allowedCents", 15000)));
		clinician.browser().post(path + "/verification", numbers).expectStatus().isForbidden();
		staff.browser().post(path + "/verification", numbers).expectStatus().isForbidden();
		admin.browser()
			.post(path + "/verification", Map.of("oonBenefits", "yes"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((List<String> fields) -> assertThat(fields).contains("deductibleTotalCents", "deductibleMetCents",
					"coinsurancePercent", "allowedAmounts"));
		admin.browser()
			.post(path + "/verification", numbers)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("verified")
			.jsonPath("$.source")
			.isEqualTo("manual_verification");
		admin.browser().post(path + "/unverifiable", Map.of("reason", "late")).expectStatus().isEqualTo(409);

		// PRODUCT §10 example 4 from the verified numbers: allowed $150, deductible met,
		// 20%
		Map<String, Object> summary = summary(admin.browser(),
				"/api/clients/" + client + "/benefits?cpt=90837&feeCents=20000");
		assertThat(summary).containsEntry("state", "estimated");
		Map<?, ?> estimate = (Map<?, ?>) summary.get("estimate");
		assertThat(estimate.get("reimbursement"))
			.isEqualTo(Map.of("cents", 12000, "source", "manual_verification", "estimate", true));
		assertThat(((Map<?, ?>) estimate.get("claimstreamPayCharge")).get("cents")).isEqualTo(9000);
		assertThat(((Map<?, ?>) estimate.get("clientReceives")).get("cents")).isEqualTo(11800);
		assertThat(activity(admin.browser(), client)).extracting((event) -> event.get("kind"))
			.contains("benefit_check.failed", "benefit_check.manual_requested", "benefit_check.verified");
	}

	@Test
	void theClientAsksForManualVerificationInThePortalAndAnAdministratorGivesUp() {
		SignedIn admin = Practices.signUp(this.http);
		Practices.ConnectedClient client = Practices.connectClient(this.http, admin.browser(),
				Practices.uniqueEmail("portal"));
		insure(admin.browser(), client.clientId(), "aetna", "PARTIAL-3");
		uploadCards(admin.browser(), client.clientId());
		String check = (String) settled(admin.browser(), client.clientId()).get("id");
		String portal = "/api/portal/connections/" + client.clientId();
		client.portal()
			.post(portal + "/benefit-checks/" + check + "/manual-request")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("manual_requested");
		// the client cannot complete it: the route is the practice's
		client.portal()
			.post("/api/clients/" + client.clientId() + "/benefit-checks/" + check + "/verification",
					Map.of("oonBenefits", "no"))
			.expectStatus()
			.isForbidden();
		admin.browser()
			.post("/api/clients/" + client.clientId() + "/benefit-checks/" + check + "/unverifiable",
					Map.of("reason", "The payer's line was closed for a week"))
			.expectStatus()
			.isOk();
		Map<String, Object> summary = summary(client.portal(), portal + "/benefits");
		assertThat(summary).containsEntry("state", "unverifiable");
		assertThat(((Map<?, ?>) summary.get("check")).get("unverifiableReason"))
			.isEqualTo("The payer's line was closed for a week");
	}

	@Test
	void anotherPracticeOrAnotherCliniciansClientIsNotFound() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn clinician = Practices.addMember(admin, Role.CLINICIAN);
		SignedIn other = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("tenant"));
		insure(admin.browser(), client, "aetna", "TIMEOUT-1");
		String check = (String) settled(admin.browser(), client).get("id");
		for (Browser outsider : List.of(other.browser(), clinician.browser())) {
			outsider.get("/api/clients/{id}/benefits", client).expectStatus().isNotFound();
			outsider.get("/api/clients/{id}/benefit-checks", client).expectStatus().isNotFound();
			outsider.post("/api/clients/{id}/benefit-checks", Map.of(), client).expectStatus().isNotFound();
			outsider.get("/api/clients/{id}/payment-types", client).expectStatus().isNotFound();
		}
		other.browser()
			.post("/api/clients/" + client + "/benefit-checks/" + check + "/unverifiable", Map.of("reason", "x"))
			.expectStatus()
			.isNotFound();
		// a check id of another client of the same practice is not found either
		UUID second = Practices.addClient(admin.browser(), Practices.uniqueEmail("second"));
		admin.browser()
			.post("/api/clients/" + second + "/benefit-checks/" + check + "/manual-request")
			.expectStatus()
			.isNotFound();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> activity(Browser browser, UUID client) {
		return browser.get("/api/clients/{id}/activity", client)
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
	}

}
