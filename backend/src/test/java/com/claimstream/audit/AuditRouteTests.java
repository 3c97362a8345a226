package com.claimstream.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.security.Role;
import com.claimstream.support.ApiTest;
import com.claimstream.support.ApplicationRoutes;
import com.claimstream.support.ApplicationRoutes.Route;
import com.claimstream.support.Browser;
import com.claimstream.support.InsuranceSetup;
import com.claimstream.support.Mailbox;
import com.claimstream.support.Practices;
import com.claimstream.support.UploadSamples;
import com.claimstream.support.Practices.SignedIn;
import com.claimstream.support.SandboxCards;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RELIABILITY AUD-01: every route of the running application is classified in
 * {@code audit/routes.txt}, and each PHI route called once allowed and once denied writes
 * exactly one audit row per call with the route's action and the call's outcome.
 */
@ApiTest
class AuditRouteTests {

	private static final String CONTACT = "/api/clients/{id}/contacts/{contact}";

	private static final String PAYMENT_METHODS = "/api/clients/{id}/payment-methods";

	private static final String PROFILE = "/api/clients/{id}/charging-profile";

	private static final String PRICE = "/api/clients/{id}/charge-price?amountCents=15000";

	private static final String CHARGES = "/api/clients/{id}/charges";

	private static final String PORTAL_PAYMENT_METHODS = "/api/portal/connections/{id}/payment-methods";

	@Autowired
	ApplicationContext context;

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient database;

	@Autowired
	RouteClassifications classifications;

	private SignedIn admin;

	private Browser clinician;

	private Browser client;

	private UUID ownClient;

	private UUID otherPracticesClient;

	private UUID removableClient;

	private UUID invitedClient;

	private UUID minorClient;

	private String minorsContact;

	@BeforeEach
	void twoPracticesAClinicianAndAClient() {
		this.admin = Practices.signUp(this.http);
		this.clinician = Practices.addMember(this.admin, Role.CLINICIAN).browser();
		String clientEmail = Practices.uniqueEmail("client");
		this.ownClient = Practices.addClient(this.admin.browser(), clientEmail);
		this.removableClient = Practices.addClient(this.admin.browser(), Practices.uniqueEmail("removable"));
		this.invitedClient = Practices.addClient(this.admin.browser(), Practices.uniqueEmail("invited"));
		this.minorClient = Practices.addClient(this.admin.browser(), Map.of("firstName", "Sam", "lastName", "Minor",
				"email", Practices.uniqueEmail("minor"), "dateOfBirth", LocalDate.now().minusYears(12).toString()));
		this.admin.browser().put("/api/practice/portal-settings", Map.of("guardianAccess", true)).expectStatus().isOk();
		this.minorsContact = contactOf(this.minorClient);
		this.client = new Browser(this.http);
		this.client
			.post("/api/invitations/accept",
					Map.of("token", Mailbox.invitationToken(this.http, clientEmail), "password", "a client password 1"))
			.expectStatus()
			.isOk();
		SignedIn other = Practices.signUp(this.http);
		this.otherPracticesClient = Practices.addClient(other.browser(), Practices.uniqueEmail("other"));
	}

	@Test
	void everyRouteIsClassified() {
		List<String> unclassified = ApplicationRoutes.of(this.context)
			.stream()
			.filter((route) -> this.classifications.find(route.method(), route.path()).isEmpty())
			.map(Route::toString)
			.toList();
		assertThat(unclassified).as("routes missing from " + RouteClassifications.RESOURCE).isEmpty();
	}

	@Test
	void eachPhiRouteAllowedAndDeniedWritesExactlyOneRowPerCall() {
		Map<String, Calls> calls = calls();
		List<String> checked = new ArrayList<>();
		for (Route route : ApplicationRoutes.of(this.context)) {
			RouteClass classified = this.classifications.find(route.method(), route.path()).orElseThrow();
			if (classified.kind() != RouteClass.Kind.PHI) {
				continue;
			}
			Calls pair = calls.get(route.toString());
			assertThat(pair).as("an allowed and a denied call for the PHI route " + route).isNotNull();
			expectOneRow(route, classified, pair.allowed(), "allowed");
			expectOneRow(route, classified, pair.denied(), "denied");
			checked.add(route.toString());
		}
		assertThat(checked).containsAll(calls.keySet());
	}

	private void expectOneRow(Route route, RouteClass classified, Function<Browser, Integer> call, String outcome) {
		AuditRows rows = new AuditRows(this.database);
		long mark = rows.mark();
		int status = call.apply(null);
		List<Map<String, Object>> written = rows.since(mark)
			.stream()
			.filter((row) -> route.path().equals(row.get("route")) && route.method().equals(row.get("method")))
			.toList();
		assertThat(written).as(route + " " + outcome).hasSize(1);
		Map<String, Object> row = written.get(0);
		assertThat(row.get("action")).as(route + " action").isEqualTo(classified.action().name());
		assertThat(row.get("resource")).isEqualTo(classified.resource());
		assertThat(row.get("outcome")).as(route + " outcome").isEqualTo(outcome);
		assertThat(row.get("status")).as(route + " status").isEqualTo(status);
	}

	/** Each PHI route called as someone allowed, and as someone refused. */
	private Map<String, Calls> calls() {
		UUID own = this.ownClient;
		UUID foreign = this.otherPracticesClient;
		Browser admin = this.admin.browser();
		return Map.ofEntries(
				Map.entry("POST /api/clients",
						new Calls((b) -> status(admin.post("/api/clients", newClient())),
								(b) -> status(this.client.post("/api/clients", newClient())))),
				Map.entry("GET /api/clients",
						new Calls((b) -> status(admin.get("/api/clients?search=Casey")),
								(b) -> status(this.client.get("/api/clients?search=Casey")))),
				Map.entry("GET /api/clients/{clientId}",
						new Calls((b) -> status(admin.get("/api/clients/{id}", own)),
								(b) -> status(admin.get("/api/clients/{id}", foreign)))),
				Map.entry("GET /api/clients/{clientId}/activity",
						new Calls((b) -> status(admin.get("/api/clients/{id}/activity", own)),
								(b) -> status(admin.get("/api/clients/{id}/activity", foreign)))),
				Map.entry("POST /api/clients/{clientId}/invitation/revoke",
						new Calls(
								(b) -> status(admin.post("/api/clients/" + this.invitedClient + "/invitation/revoke")),
								(b) -> status(admin.post("/api/clients/" + foreign + "/invitation/revoke")))),
				Map.entry("POST /api/clients/{clientId}/invitation/resend",
						new Calls(
								(b) -> status(admin.post("/api/clients/" + this.invitedClient + "/invitation/resend")),
								(b) -> status(admin.post("/api/clients/" + foreign + "/invitation/resend")))),
				Map.entry("DELETE /api/clients/{clientId}",
						new Calls((b) -> status(admin.delete("/api/clients/{id}", this.removableClient)),
								(b) -> status(admin.delete("/api/clients/{id}", foreign)))),
				Map.entry("GET /api/portal/connections",
						new Calls((b) -> status(this.client.get("/api/portal/connections")),
								(b) -> status(admin.get("/api/portal/connections")))),
				Map.entry("GET /api/practice/audit",
						new Calls((b) -> status(admin.get("/api/practice/audit?clientId={id}", own)),
								(b) -> status(this.clinician.get("/api/practice/audit")))),
				Map.entry("GET /api/practice/audit/export",
						new Calls((b) -> status(admin.get("/api/practice/audit/export")),
								(b) -> status(this.clinician.get("/api/practice/audit/export")))),
				Map.entry("GET /api/clients/counts",
						new Calls((b) -> status(admin.get("/api/clients/counts")),
								(b) -> status(this.client.get("/api/clients/counts")))),
				Map.entry("PUT /api/clients/{clientId}",
						new Calls((b) -> status(admin.put("/api/clients/{id}", newClient(), own)),
								(b) -> status(admin.put("/api/clients/{id}", newClient(), foreign)))),
				Map.entry("POST /api/clients/{clientId}/archive",
						new Calls((b) -> status(admin.post("/api/clients/" + own + "/archive")),
								(b) -> status(admin.post("/api/clients/" + foreign + "/archive")))),
				Map.entry("POST /api/clients/{clientId}/unarchive",
						new Calls((b) -> status(admin.post("/api/clients/" + own + "/unarchive")),
								(b) -> status(admin.post("/api/clients/" + foreign + "/unarchive")))),
				Map.entry("PUT /api/clients/{clientId}/pin",
						new Calls((b) -> status(admin.put("/api/clients/{id}/pin", Map.of(), own)),
								(b) -> status(admin.put("/api/clients/{id}/pin", Map.of(), foreign)))),
				Map.entry("DELETE /api/clients/{clientId}/pin",
						new Calls((b) -> status(admin.delete("/api/clients/{id}/pin", own)),
								(b) -> status(admin.delete("/api/clients/{id}/pin", foreign)))),
				Map.entry("GET /api/clients/{clientId}/contacts",
						new Calls((b) -> status(admin.get("/api/clients/{id}/contacts", own)),
								(b) -> status(admin.get("/api/clients/{id}/contacts", foreign)))),
				Map.entry("POST /api/clients/{clientId}/contacts",
						new Calls((b) -> status(admin.post("/api/clients/{id}/contacts", contact(), own)),
								(b) -> status(admin.post("/api/clients/{id}/contacts", contact(), foreign)))),
				Map.entry("POST /api/clients/{clientId}/contacts/{contactId}/portal-access",
						new Calls((b) -> status(admin.post(portalAccess(this.minorClient))),
								(b) -> status(admin.post(portalAccess(foreign))))),
				Map.entry("DELETE /api/clients/{clientId}/contacts/{contactId}/portal-access",
						new Calls((b) -> status(admin.delete(portalAccess(this.minorClient))),
								(b) -> status(admin.delete(portalAccess(foreign))))),
				Map.entry("PUT /api/clients/{clientId}/contacts/{contactId}",
						new Calls((b) -> status(admin.put(CONTACT, contact(), this.minorClient, this.minorsContact)),
								(b) -> status(admin.put(CONTACT, contact(), foreign, this.minorsContact)))),
				Map.entry("DELETE /api/clients/{clientId}/contacts/{contactId}",
						new Calls((b) -> status(admin.delete(CONTACT, own, contactOf(own))),
								(b) -> status(admin.delete(CONTACT, foreign, this.minorsContact)))),
				Map.entry("GET /api/clients/{clientId}/portal-settings",
						new Calls((b) -> status(admin.get("/api/clients/{id}/portal-settings", own)),
								(b) -> status(admin.get("/api/clients/{id}/portal-settings", foreign)))),
				Map.entry("PUT /api/clients/{clientId}/portal-settings",
						new Calls((b) -> status(admin.put("/api/clients/{id}/portal-settings", Map.of(), own)),
								(b) -> status(admin.put("/api/clients/{id}/portal-settings", Map.of(), foreign)))),
				Map.entry("GET /api/clients/{clientId}/diagnoses",
						new Calls((b) -> status(admin.get("/api/clients/{id}/diagnoses", own)),
								(b) -> status(admin.get("/api/clients/{id}/diagnoses", foreign)))),
				Map.entry("PUT /api/clients/{clientId}/diagnoses", new Calls(
						(b) -> status(admin.put("/api/clients/{id}/diagnoses", Map.of("codes", List.of("F41.1")), own)),
						(b) -> status(
								admin.put("/api/clients/{id}/diagnoses", Map.of("codes", List.of("F41.1")), foreign)))),
				Map.entry("GET /api/portal/connections/{clientId}",
						new Calls((b) -> status(this.client.get("/api/portal/connections/{id}", own)),
								(b) -> status(this.client.get("/api/portal/connections/{id}", foreign)))),
				Map.entry("POST /api/clients/{clientId}/benefit-checks",
						new Calls((b) -> status(insured(own).post("/api/clients/{id}/benefit-checks", Map.of(), own)),
								(b) -> status(admin.post("/api/clients/{id}/benefit-checks", Map.of(), foreign)))),
				Map.entry("POST /api/clients/{clientId}/benefit-checks/{checkId}/manual-request",
						new Calls((b) -> status(insured(own).post(check(own, "failed") + "/manual-request")),
								(b) -> status(admin.post(check(foreign, "failed") + "/manual-request")))),
				Map.entry("POST /api/portal/connections/{clientId}/benefit-checks/{checkId}/manual-request",
						new Calls((b) -> {
							insured(own);
							return status(this.client.post(portal(check(own, "incomplete")) + "/manual-request"));
						}, (b) -> status(this.client.post(portal(check(foreign, "incomplete")) + "/manual-request")))),
				Map.entry("GET /api/clients/{clientId}/benefit-checks",
						new Calls((b) -> status(admin.get("/api/clients/{id}/benefit-checks", own)),
								(b) -> status(admin.get("/api/clients/{id}/benefit-checks", foreign)))),
				Map.entry("POST /api/clients/{clientId}/benefit-checks/{checkId}/verification",
						new Calls(
								(b) -> status(admin.post(check(own, "manual_requested") + "/verification",
										Map.of("oonBenefits", "no"))),
								(b) -> status(this.clinician.post(check(own, "manual_requested") + "/verification",
										Map.of("oonBenefits", "no"))))),
				Map.entry("POST /api/clients/{clientId}/benefit-checks/{checkId}/unverifiable",
						new Calls(
								(b) -> status(admin.post(check(own, "manual_requested") + "/unverifiable",
										Map.of("reason", "The payer does not answer"))),
								(b) -> status(admin.post(check(foreign, "manual_requested") + "/unverifiable",
										Map.of("reason", "The payer does not answer"))))),
				Map.entry("GET /api/clients/{clientId}/benefits",
						new Calls((b) -> status(admin.get("/api/clients/{id}/benefits", own)),
								(b) -> status(admin.get("/api/clients/{id}/benefits", foreign)))),
				Map.entry("GET /api/clients/{clientId}/claims",
						new Calls((b) -> status(admin.get("/api/clients/{id}/claims", own)),
								(b) -> status(admin.get("/api/clients/{id}/claims", foreign)))),
				Map.entry("GET /api/clients/{clientId}/claims/{claimId}",
						new Calls((b) -> status(admin.get(claim(own))), (b) -> status(admin.get(claim(foreign))))),
				Map.entry("GET /api/clients/{clientId}/claims/{claimId}/files/{fileId}",
						new Calls((b) -> status(admin.get(claimFile(own))),
								(b) -> status(admin.get(claimFile(foreign))))),
				Map.entry("GET /api/portal/connections/{clientId}/claims",
						new Calls((b) -> status(this.client.get("/api/portal/connections/{id}/claims", own)),
								(b) -> status(this.client.get("/api/portal/connections/{id}/claims", foreign)))),
				Map.entry("GET /api/portal/connections/{clientId}/claims/{claimId}",
						new Calls((b) -> status(this.client.get(portal(claim(own)))),
								(b) -> status(this.client.get(portal(claim(foreign)))))),
				Map.entry("GET /api/clients/{clientId}/payment-types",
						new Calls((b) -> status(admin.get("/api/clients/{id}/payment-types", own)),
								(b) -> status(admin.get("/api/clients/{id}/payment-types", foreign)))),
				Map.entry("PUT /api/clients/{clientId}/payment-type",
						new Calls((b) -> status(admin.put("/api/clients/{id}/payment-type", SELF_PAY, own)),
								(b) -> status(admin.put("/api/clients/{id}/payment-type", SELF_PAY, foreign)))),
				Map.entry("GET /api/portal/connections/{clientId}/benefits",
						new Calls((b) -> status(this.client.get("/api/portal/connections/{id}/benefits", own)),
								(b) -> status(this.client.get("/api/portal/connections/{id}/benefits", foreign)))),
				Map.entry("GET /api/portal/connections/{clientId}/benefit-checks",
						new Calls((b) -> status(this.client.get("/api/portal/connections/{id}/benefit-checks", own)),
								(b) -> status(
										this.client.get("/api/portal/connections/{id}/benefit-checks", foreign)))),
				Map.entry("GET /api/portal/connections/{clientId}/payment-types",
						new Calls((b) -> status(this.client.get("/api/portal/connections/{id}/payment-types", own)),
								(b) -> status(this.client.get("/api/portal/connections/{id}/payment-types", foreign)))),
				Map.entry("PUT /api/portal/connections/{clientId}/payment-type", new Calls(
						(b) -> status(this.client.put("/api/portal/connections/{id}/payment-type", SELF_PAY, own)),
						(b) -> status(
								this.client.put("/api/portal/connections/{id}/payment-type", SELF_PAY, foreign)))),
				insurance("GET", "/api/clients/{clientId}/insurance", admin, admin),
				insurance("PUT", "/api/clients/{clientId}/insurance", admin, admin),
				insurance("DELETE", "/api/clients/{clientId}/insurance", admin, admin),
				insurance("POST", "/api/clients/{clientId}/insurance/cards/{side}", admin, admin),
				insurance("GET", "/api/clients/{clientId}/insurance/cards/{side}", admin, admin),
				insurance("DELETE", "/api/clients/{clientId}/insurance/cards/{side}", admin, admin),
				insurance("GET", "/api/portal/connections/{clientId}/insurance", this.client, admin),
				insurance("PUT", "/api/portal/connections/{clientId}/insurance", this.client, admin),
				insurance("DELETE", "/api/portal/connections/{clientId}/insurance", this.client, admin),
				insurance("POST", "/api/portal/connections/{clientId}/insurance/cards/{side}", this.client, admin),
				insurance("GET", "/api/portal/connections/{clientId}/insurance/cards/{side}", this.client, admin),
				insurance("DELETE", "/api/portal/connections/{clientId}/insurance/cards/{side}", this.client, admin),
				insurance("GET", "/api/portal/connections/{clientId}/reimbursement-account", this.client, admin),
				insurance("PUT", "/api/portal/connections/{clientId}/reimbursement-account", this.client, admin),
				Map.entry("GET /api/clients/{clientId}/charging-profile",
						new Calls((b) -> status(admin.get(PROFILE, own)), (b) -> status(admin.get(PROFILE, foreign)))),
				Map.entry("PUT /api/clients/{clientId}/charging-profile",
						new Calls((b) -> status(admin.put(PROFILE, Map.of("amountCents", 15_000), own)),
								(b) -> status(admin.put(PROFILE, Map.of("amountCents", 15_000), foreign)))),
				Map.entry("GET /api/clients/{clientId}/charge-price",
						new Calls((b) -> status(admin.get(PRICE, own)), (b) -> status(admin.get(PRICE, foreign)))),
				Map.entry("GET /api/clients/{clientId}/charges",
						new Calls((b) -> status(admin.get(CHARGES, own)), (b) -> status(admin.get(CHARGES, foreign)))),
				Map.entry("POST /api/clients/{clientId}/charges",
						new Calls((b) -> status(charge(own, cardOf(own))),
								(b) -> status(charge(foreign, cardOf(own))))),
				Map.entry("GET /api/portal/connections/{clientId}/charges",
						new Calls((b) -> status(this.client.get("/api/portal/connections/{id}/charges", own)),
								(b) -> status(this.client.get("/api/portal/connections/{id}/charges", foreign)))),
				Map.entry("GET /api/clients/{clientId}/payment-methods",
						new Calls((b) -> status(admin.get(PAYMENT_METHODS, own)),
								(b) -> status(admin.get(PAYMENT_METHODS, foreign)))),
				Map.entry("POST /api/clients/{clientId}/payment-methods",
						new Calls((b) -> status(admin.post(PAYMENT_METHODS, card(admin), own)),
								(b) -> status(admin.post(PAYMENT_METHODS, card(admin), foreign)))),
				Map.entry("POST /api/clients/{clientId}/payment-methods/{paymentMethodId}/default", new Calls(
						(b) -> status(admin.post(PAYMENT_METHODS + "/{pm}/default", Map.of(), own, cardOf(own))),
						(b) -> status(admin.post(PAYMENT_METHODS + "/{pm}/default", Map.of(), foreign, cardOf(own))))),
				Map.entry("DELETE /api/clients/{clientId}/payment-methods/{paymentMethodId}",
						new Calls((b) -> status(admin.delete(PAYMENT_METHODS + "/{pm}", own, cardOf(own))),
								(b) -> status(admin.delete(PAYMENT_METHODS + "/{pm}", foreign, cardOf(own))))),
				Map.entry("GET /api/portal/connections/{clientId}/payment-methods",
						new Calls((b) -> status(this.client.get(PORTAL_PAYMENT_METHODS, own)),
								(b) -> status(this.client.get(PORTAL_PAYMENT_METHODS, foreign)))),
				Map.entry("POST /api/portal/connections/{clientId}/payment-methods",
						new Calls((b) -> status(this.client.post(PORTAL_PAYMENT_METHODS, card(this.client), own)),
								(b) -> status(this.client.post(PORTAL_PAYMENT_METHODS, card(this.client), foreign)))),
				Map.entry("POST /api/portal/connections/{clientId}/payment-methods/{paymentMethodId}/default",
						new Calls(
								(b) -> status(this.client.post(PORTAL_PAYMENT_METHODS + "/{pm}/default", Map.of(), own,
										cardOf(own))),
								(b) -> status(this.client.post(PORTAL_PAYMENT_METHODS + "/{pm}/default", Map.of(),
										foreign, cardOf(own))))),
				Map.entry("DELETE /api/portal/connections/{clientId}/payment-methods/{paymentMethodId}", new Calls(
						(b) -> status(this.client.delete(PORTAL_PAYMENT_METHODS + "/{pm}", own, cardOf(own))),
						(b) -> status(this.client.delete(PORTAL_PAYMENT_METHODS + "/{pm}", foreign, cardOf(own))))));
	}

	/**
	 * An insurance route called by {@code browser} on the own client (insured, with a
	 * card, first) and on the other practice's client.
	 */
	private Map.Entry<String, Calls> insurance(String method, String route, Browser browser, Browser admin) {
		Function<UUID, Integer> call = (id) -> {
			String uri = route.replace("{clientId}", id.toString()).replace("{side}", "front");
			WebTestClient.RequestBodySpec request = browser.http().method(HttpMethod.valueOf(method)).uri(uri);
			if (method.equals("POST")) {
				return status(request.contentType(MediaType.MULTIPART_FORM_DATA)
					.body(BodyInserters
						.fromMultipartData(UploadSamples.form(UploadSamples.png(), "card.png", MediaType.IMAGE_PNG)))
					.exchange());
			}
			if (method.equals("PUT")) {
				return status(request.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(route.endsWith("reimbursement-account")
							? Map.of("routingNumber", "021000021", "accountNumber", "12345678") : policy())
					.exchange());
			}
			return status(request.exchange());
		};
		// set up through the other portal's routes, so the call's route writes the only
		// row
		String base = route.startsWith("/api/clients") ? "/api/portal/connections/{id}/insurance"
				: "/api/clients/{id}/insurance";
		Browser setup = route.startsWith("/api/clients") ? this.client : admin;
		return Map.entry(method + " " + route, new Calls((b) -> {
			setup.put(base, policy(), this.ownClient).expectStatus().isOk();
			setup.http()
				.post()
				.uri(base + "/cards/front", this.ownClient)
				.contentType(MediaType.MULTIPART_FORM_DATA)
				.body(BodyInserters
					.fromMultipartData(UploadSamples.form(UploadSamples.pdf(), "card.pdf", MediaType.APPLICATION_PDF)))
				.exchange()
				.expectStatus()
				.isCreated();
			return call.apply(this.ownClient);
		}, (b) -> call.apply(this.otherPracticesClient)));
	}

	private static Map<String, Object> policy() {
		return Map.of("payerId", "aetna", "memberId", "W1234", "relationship", "self", "clientDateOfBirth",
				"1990-01-01");
	}

	private String contactOf(UUID clientId) {
		return (String) this.admin.browser()
			.post("/api/clients/{id}/contacts", contact(), clientId)
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	/**
	 * The client insured, with both sides of the card (set up through routes other than
	 * the one audited); answers the administrator's browser.
	 */
	private Browser insured(UUID clientId) {
		Browser admin = this.admin.browser();
		InsuranceSetup.insure(admin, clientId, "aetna", "W1234");
		InsuranceSetup.uploadCards(admin, clientId);
		return admin;
	}

	private static String portal(String practicePath) {
		return practicePath.replace("/api/clients/", "/api/portal/connections/");
	}

	private static final Map<String, String> SELF_PAY = Map.of("paymentType", "self_pay");

	/** A benefit check of the client in this state, written directly; its path. */
	private String check(UUID clientId, String status) {
		UUID checkId = UUID.randomUUID();
		this.database.sql("""
				insert into benefit_check (benefit_check_id, practice_id, client_id, policy_id, payer_id, payer_name,
				  status, created_at, updated_at)
				select :id, practice_id, client_id, gen_random_uuid(), '60054', 'Aetna', :status, now(), now()
				from client where client_id = :clientId""")
			.bind("id", checkId)
			.bind("status", status)
			.bind("clientId", clientId)
			.then()
			.block();
		return "/api/clients/" + clientId + "/benefit-checks/" + checkId;
	}

	/** A claim of the client, written directly as sent to the clearinghouse; its path. */
	private String claim(UUID clientId) {
		UUID claimId = UUID.randomUUID();
		this.database.sql("""
				insert into claim (claim_id, claim_number, practice_id, client_id, charge_id, rendering_account_id,
				  payment_type, date_of_service, cpt, place_of_service, units, charge_cents, estimate_allowed_cents,
				  estimate_deductible_remaining_cents, estimate_coinsurance_basis_points, estimate_reimbursement_cents,
				  status, submitted_at, transmitted_at, created_at, updated_at)
				select :id, 'CS' || lpad(nextval('claim_number_seq')::text, 8, '0'), c.practice_id, c.client_id,
				  gen_random_uuid(), (select account_id from account a where a.practice_id = c.practice_id limit 1),
				  'oon_pay', current_date, '90837', '10', 1, 20000, 15000, 0, 2000, 12000, 'submitted', now(), now(),
				  now(), now()
				from client c where c.client_id = :clientId""")
			.bind("id", claimId)
			.bind("clientId", clientId)
			.then()
			.block();
		return "/api/clients/" + clientId + "/claims/" + claimId;
	}

	/** An 837 of a new claim of the client, written directly; its download path. */
	private String claimFile(UUID clientId) {
		String claim = claim(clientId);
		UUID fileId = UUID.randomUUID();
		this.database.sql("""
				insert into claim_file (claim_file_id, claim_id, kind, control_number, content, digest, created_at)
				values (:id, :claimId, '837', 1, 'ISA', md5(:id::text), now())""")
			.bind("id", fileId)
			.bind("claimId", UUID.fromString(claim.substring(claim.lastIndexOf('/') + 1)))
			.then()
			.block();
		return claim + "/files/" + fileId;
	}

	/** A card tokenized in the sandbox, as the body that adds it. */
	private static Map<String, Object> card(Browser browser) {
		return Map.of("token", SandboxCards.token(browser));
	}

	/** A new card of the client, added by the administrator. */
	/** A $150 Self-Pay session charge on the card, with a new Idempotency-Key. */
	private WebTestClient.ResponseSpec charge(UUID clientId, String card) {
		return this.admin.browser()
			.http()
			.post()
			.uri(CHARGES, clientId)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("clinicianId", this.admin.accountId(), "paymentMethodId", card, "paymentType", "self_pay",
					"chargeType", "session", "dateOfService", "2026-01-05", "lines",
					List.of(Map.of("cpt", "90834", "units", 1)), "placeOfService", "11", "amountCents", 15_000))
			.exchange();
	}

	private String cardOf(UUID clientId) {
		return SandboxCards.addTo(this.admin.browser(), clientId, SandboxCards.VISA);
	}

	private String portalAccess(UUID clientId) {
		return "/api/clients/" + clientId + "/contacts/" + this.minorsContact + "/portal-access";
	}

	private static Map<String, Object> contact() {
		return Map.of("name", "Pat Parent", "relationship", "Mother", "email", Practices.uniqueEmail("parent"),
				"portalAccess", false);
	}

	private static Map<String, Object> newClient() {
		return Map.of("firstName", "Casey", "lastName", "Client", "email", Practices.uniqueEmail("new"));
	}

	private static int status(WebTestClient.ResponseSpec response) {
		return response.expectBody().returnResult().getStatus().value();
	}

	record Calls(Function<Browser, Integer> allowed, Function<Browser, Integer> denied) {

	}

}
