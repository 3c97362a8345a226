package com.claimstream.insurance;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.common.SecretBox;
import com.claimstream.security.Role;
import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.ConnectedClient;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;

/**
 * The client's reimbursement account (PRODUCT §6): set in the portal, checked like a
 * payout account, sealed at rest (ENC), and shown to anyone, the client included, by its
 * last four digits only; the practice sees only whether it is on file.
 */
@ApiTest
class ReimbursementAccountApiTests {

	static final String PATH = "/api/portal/connections/{id}/reimbursement-account";

	static final String ROUTING = "021000021";

	static final String ACCOUNT = "7730418826";

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient database;

	@Autowired
	SecretBox box;

	@Test
	void theClientSetsItAndOnlyTheLastFourDigitsAreEverShown() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn staff = Practices.addMember(admin, Role.STAFF);
		ConnectedClient client = Practices.connectClient(this.http, admin.browser(), Practices.uniqueEmail("client"));
		client.portal()
			.get(PATH, client.clientId())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.onFile")
			.isEqualTo(false);
		admin.browser()
			.get(InsuranceApiTests.PATH, client.clientId())
			.expectBody()
			.jsonPath("$.reimbursementAccount.onFile")
			.isEqualTo(false);
		String saved = save(client.portal(), client, ROUTING, "7730-4188 26").expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String read = client.portal()
			.get(PATH, client.clientId())
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		for (String body : List.of(saved, read)) {
			assertThat(body).contains("\"accountLast4\":\"8826\"", "\"onFile\":true").doesNotContain(ACCOUNT);
		}
		for (Browser member : List.of(admin.browser(), staff.browser())) {
			String insurance = member.get(InsuranceApiTests.PATH, client.clientId())
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(insurance).contains("\"reimbursementAccount\":{\"onFile\":true,\"accountLast4\":\"8826\"}")
				.doesNotContain(ACCOUNT, ROUTING);
		}
		List<String> events = this.database.sql("select data::text from event where practice_id = :id")
			.bind("id", admin.practiceId())
			.map((row) -> row.get(0, String.class))
			.all()
			.collectList()
			.block();
		assertThat(events).allSatisfy((data) -> assertThat(data).doesNotContain(ACCOUNT, "8826", ROUTING));
	}

	// ENC: the number is not in the database in plaintext, and opens only for its client
	@Test
	void theAccountNumberIsSealedAtRestForItsClientOnly() {
		SignedIn admin = Practices.signUp(this.http);
		ConnectedClient client = Practices.connectClient(this.http, admin.browser(), Practices.uniqueEmail("client"));
		save(client.portal(), client, ROUTING, ACCOUNT).expectStatus().isOk();
		String row = this.database.sql("select r::text from reimbursement_account r where client_id = :id")
			.bind("id", client.clientId())
			.map((found) -> found.get(0, String.class))
			.one()
			.block();
		assertThat(row).contains("8826").doesNotContain(ACCOUNT);
		byte[] sealed = this.database
			.sql("select account_number_sealed from reimbursement_account where client_id = :id")
			.bind("id", client.clientId())
			.map((found) -> found.get(0, byte[].class))
			.one()
			.block();
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(ACCOUNT);
		assertThat(this.box.open(sealed, ReimbursementAccounts.context(client.clientId()))).isEqualTo(ACCOUNT);
	}

	@Test
	void invalidNumbersAreNamedByFieldAndOtherRecordsAreNotFound() {
		SignedIn admin = Practices.signUp(this.http);
		ConnectedClient client = Practices.connectClient(this.http, admin.browser(), Practices.uniqueEmail("client"));
		ConnectedClient other = Practices.connectClient(this.http, admin.browser(), Practices.uniqueEmail("other"));
		save(client.portal(), client, "021000022", "12").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(containsInAnyOrder("routingNumber", "accountNumber"));
		save(other.portal(), client, ROUTING, ACCOUNT).expectStatus().isNotFound();
		other.portal().get(PATH, client.clientId()).expectStatus().isNotFound();
		admin.browser()
			.put(PATH, Map.of("routingNumber", ROUTING, "accountNumber", ACCOUNT), client.clientId())
			.expectStatus()
			.isForbidden();
	}

	private static WebTestClient.ResponseSpec save(Browser browser, ConnectedClient client, String routing,
			String account) {
		return browser.put(PATH, Map.of("routingNumber", routing, "accountNumber", account), client.clientId());
	}

}
