package com.claimstream.payment;

import java.util.List;
import java.util.Map;
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
import com.claimstream.support.SandboxCards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

/**
 * A client's payment methods (PRODUCT §14) from both portals: add by the sandbox's token,
 * list, default, remove; who may, and what a removed client may not.
 */
@ApiTest
class PaymentMethodApiTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient database;

	@Test
	void theFirstCardIsTheDefaultAndRemovingTheDefaultPromotesTheNewest() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("client"));
		String visa = add(admin.browser(), client, "4242 4242 4242 4242");
		String hsa = add(admin.browser(), client, "4000 0566 5566 5556");
		String amex = add(admin.browser(), client, "3782 822463 10005");
		list(admin.browser(), client).jsonPath("$[*].id")
			.value(contains(visa, amex, hsa))
			.jsonPath("$[*].isDefault")
			.value(contains(true, false, false))
			.jsonPath("$[0].brand")
			.isEqualTo("visa")
			.jsonPath("$[0].last4")
			.isEqualTo("4242")
			.jsonPath("$[0].expMonth")
			.isEqualTo(12)
			.jsonPath("$[0].expYear")
			.isEqualTo(2034)
			.jsonPath("$[2].funding")
			.isEqualTo("hsa_fsa");

		admin.browser()
			.post("/api/clients/{id}/payment-methods/{pm}/default", Map.of(), client, hsa)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.isDefault")
			.isEqualTo(true);
		list(admin.browser(), client).jsonPath("$[*].id").value(contains(hsa, amex, visa));

		admin.browser().delete("/api/clients/{id}/payment-methods/{pm}", client, hsa).expectStatus().isNoContent();
		list(admin.browser(), client).jsonPath("$[*].id")
			.value(contains(amex, visa))
			.jsonPath("$[*].isDefault")
			.value(contains(true, false));
		// a removed card is gone for every later change
		admin.browser()
			.post("/api/clients/{id}/payment-methods/{pm}/default", Map.of(), client, hsa)
			.expectStatus()
			.isNotFound();
		assertThat(kinds(client)).containsExactly("payment_method.added", "payment_method.added",
				"payment_method.added", "payment_method.default_changed", "payment_method.removed",
				"payment_method.default_changed");
	}

	@Test
	void theClientListShowsTheDefaultCard() {
		SignedIn admin = Practices.signUp(this.http);
		UUID withCard = Practices.addClient(admin.browser(),
				Map.of("firstName", "Ada", "lastName", "Adams", "email", Practices.uniqueEmail("a")));
		Practices.addClient(admin.browser(),
				Map.of("firstName", "Bo", "lastName", "Baker", "email", Practices.uniqueEmail("b")));
		add(admin.browser(), withCard, "5555 5555 5555 4444");
		admin.browser()
			.get("/api/clients")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.lastName == 'Adams')].paymentMethod.brand")
			.value(contains("mastercard"))
			.jsonPath("$.items[?(@.lastName == 'Adams')].paymentMethod.last4")
			.value(contains("4444"))
			.jsonPath("$.items[?(@.paymentMethod)].lastName")
			.value(contains("Adams"));
	}

	@Test
	void staffAndTheClientsClinicianManageCardsOtherCliniciansAndPracticesSeeNothing() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn clinician = Practices.addMember(admin, Role.CLINICIAN);
		SignedIn colleague = Practices.addMember(admin, Role.CLINICIAN);
		SignedIn staff = Practices.addMember(admin, Role.STAFF);
		SignedIn other = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Map.of("firstName", "Casey", "lastName", "Client", "email",
				Practices.uniqueEmail("client"), "clinicianId", clinician.accountId()));
		String byStaff = add(staff.browser(), client, SandboxCards.VISA);
		add(clinician.browser(), client, "5555 5555 5555 4444");
		list(clinician.browser(), client).jsonPath("$.length()").isEqualTo(2);

		String notFound = missing(admin.browser(), UUID.randomUUID());
		for (Browser outsider : List.of(colleague.browser(), other.browser())) {
			assertThat(missing(outsider, client)).isEqualTo(notFound);
			outsider.post("/api/clients/{id}/payment-methods", Map.of("token", SandboxCards.token(outsider)), client)
				.expectStatus()
				.isNotFound();
			outsider.delete("/api/clients/{id}/payment-methods/{pm}", client, byStaff).expectStatus().isNotFound();
		}
		list(admin.browser(), client).jsonPath("$.length()").isEqualTo(2);
	}

	@Test
	void theClientManagesTheirOwnCardsInThePortalWhilePortalPaymentsAreOn() {
		SignedIn admin = Practices.signUp(this.http);
		ConnectedClient connected = Practices.connectClient(this.http, admin.browser(),
				Practices.uniqueEmail("client"));
		Browser portal = connected.portal();
		String path = "/api/portal/connections/{id}/payment-methods";
		String card = id(portal.post(path, Map.of("token", SandboxCards.token(portal)), connected.clientId()));
		list(admin.browser(), connected.clientId()).jsonPath("$[0].id").isEqualTo(card);
		portal.get(path, connected.clientId())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].isDefault")
			.isEqualTo(true);
		// the event reaches the client's own account as well as the practice
		UUID account = UUID.fromString((String) ((Map<?, ?>) portal.get("/api/session")
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("account")).get("id"));
		assertThat(this.database
			.sql("select client_account_id from event where client_id = :c and kind = 'payment_method.added'")
			.bind("c", connected.clientId())
			.map((row) -> row.get(0, UUID.class))
			.all()
			.collectList()
			.block()).containsExactly(account);

		admin.browser().put("/api/practice/portal-settings", Map.of("payments", false)).expectStatus().isOk();
		portal.get(path, connected.clientId())
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/portal-feature-disabled");
		portal.delete(path + "/{pm}", connected.clientId(), card).expectStatus().isForbidden();
		// another account's record is not found
		SignedIn otherAdmin = Practices.signUp(this.http);
		UUID stranger = Practices.addClient(otherAdmin.browser(), Practices.uniqueEmail("stranger"));
		portal.get(path, stranger).expectStatus().isNotFound();
	}

	@Test
	void aRemovedClientGetsNoNewCardsButTheirCardsStayReadable() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("client"));
		String card = add(admin.browser(), client, SandboxCards.VISA);
		admin.browser().delete("/api/clients/{id}", client).expectStatus().is2xxSuccessful();
		admin.browser()
			.post("/api/clients/{id}/payment-methods", Map.of("token", SandboxCards.token(admin.browser())), client)
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/client-removed");
		admin.browser()
			.post("/api/clients/{id}/payment-methods/{pm}/default", Map.of(), client, card)
			.expectStatus()
			.isEqualTo(409);
		list(admin.browser(), client).jsonPath("$[0].id").isEqualTo(card);
	}

	@Test
	void anUnknownOrUsedTokenIsAFieldError() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("client"));
		admin.browser()
			.post("/api/clients/{id}/payment-methods", Map.of("token", "tok_madeup"), client)
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/card-token-invalid")
			.jsonPath("$.errors[0].field")
			.isEqualTo("token");
		String token = SandboxCards.token(admin.browser());
		admin.browser()
			.post("/api/clients/{id}/payment-methods", Map.of("token", token), client)
			.expectStatus()
			.isCreated();
		UUID another = Practices.addClient(admin.browser(), Practices.uniqueEmail("another"));
		admin.browser()
			.post("/api/clients/{id}/payment-methods", Map.of("token", token), another)
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/card-token-used");
		admin.browser()
			.post("/api/clients/{id}/payment-methods", Map.of("token", " "), client)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("token");
		list(admin.browser(), another).jsonPath("$.length()").isEqualTo(0);
	}

	private static String add(Browser browser, UUID client, String number) {
		return SandboxCards.addTo(browser, client, number);
	}

	private static String id(WebTestClient.ResponseSpec created) {
		return (String) created.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	private static WebTestClient.BodyContentSpec list(Browser browser, UUID client) {
		return browser.get("/api/clients/{id}/payment-methods", client).expectStatus().isOk().expectBody();
	}

	private static String missing(Browser browser, UUID client) {
		return new String(browser.get("/api/clients/{id}/payment-methods", client)
			.expectStatus()
			.isNotFound()
			.expectBody()
			.returnResult()
			.getResponseBody()).replace(client.toString(), "{id}");
	}

	private List<String> kinds(UUID client) {
		return this.database
			.sql("select kind from event where client_id = :c and kind like 'payment_method.%' order by position")
			.bind("c", client)
			.map((row) -> row.get("kind", String.class))
			.all()
			.collectList()
			.block();
	}

}
