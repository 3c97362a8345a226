package com.claimstream.cardsandbox;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;
import com.claimstream.support.SandboxCards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

/**
 * The hosted card field's endpoint: checks each field with a clear error, gives a token
 * and what to show, and no full card number is ever stored or logged, by the sandbox or
 * by Claimstream.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class SandboxTokenizeApiTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient database;

	@Test
	void aValidCardGetsATokenWithBrandLastFourExpiryAndFunding() {
		new Browser(this.http)
			.post("/sandbox/cards/tokens",
					Map.of("number", "4000-0566-5566-5556", "expiry", "07 / 2031", "cvc", "123", "postalCode", ""))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.token")
			.value((token) -> assertThat((String) token).startsWith("tok_"))
			.jsonPath("$.brand")
			.isEqualTo("visa")
			.jsonPath("$.last4")
			.isEqualTo("5556")
			.jsonPath("$.expMonth")
			.isEqualTo(7)
			.jsonPath("$.expYear")
			.isEqualTo(2031)
			.jsonPath("$.funding")
			.isEqualTo("hsa_fsa")
			.jsonPath("$.number")
			.doesNotExist();
		assertThat(SandboxCards.tokenize(new Browser(this.http), "3782 822463 10005").get("brand")).isEqualTo("amex");
	}

	@Test
	void eachInvalidFieldIsNamed() {
		Browser browser = new Browser(this.http);
		fieldErrors(browser,
				Map.of("number", "4242 4242 4242 4241", "expiry", "13/30", "cvc", "12", "postalCode", "9410"))
			.jsonPath("$.errors[*].field")
			.value(contains("number", "expiry", "cvc", "postalCode"))
			.jsonPath("$.errors[0].message")
			.isEqualTo("This card number is not valid; check it for a typo")
			.jsonPath("$.errors[1].message")
			.isEqualTo("Enter the expiry date as MM/YY");
		fieldErrors(browser, Map.of("number", "4242424242424242", "expiry", "01/20", "cvc", "123"))
			.jsonPath("$.errors[0].field")
			.isEqualTo("expiry")
			.jsonPath("$.errors[0].message")
			.isEqualTo("This card has expired");
		fieldErrors(browser, Map.of("number", "3782 822463 10005", "expiry", "12/34", "cvc", "123"))
			.jsonPath("$.errors[0].field")
			.isEqualTo("cvc")
			.jsonPath("$.errors[0].message")
			.isEqualTo("Enter the 4-digit security code");
		fieldErrors(browser, Map.of("number", "9999 9999 9999 9995", "expiry", "12/34", "cvc", "123"))
			.jsonPath("$.errors[0].message")
			.isEqualTo("We accept Visa, Mastercard, American Express and Discover");
		fieldErrors(browser, Map.of()).jsonPath("$.errors[*].field").value(contains("number", "expiry", "cvc"));
	}

	@Test
	void noFullCardNumberIsStoredOrLoggedAnywhere(CapturedOutput output) {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("client"));
		String number = "5555 5555 5555 4444";
		admin.browser()
			.post("/api/clients/{id}/payment-methods", Map.of("token", SandboxCards.token(admin.browser(), number)),
					client)
			.expectStatus()
			.isCreated();
		// a refused card too: its number must not be echoed or logged either
		new Browser(this.http)
			.post("/sandbox/cards/tokens", Map.of("number", "5555 5555 5555 4445", "expiry", "12/34", "cvc", "123"))
			.expectStatus()
			.isBadRequest();
		String everything = this.database.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE'
				""")
			.map((row) -> row.get(0, String.class))
			.all()
			.concatMap((table) -> this.database.sql("select t::text from \"" + table + "\" t")
				.map((row) -> row.get(0, String.class))
				.all())
			.collectList()
			.block()
			.toString();
		assertThat(everything).contains("4444").contains("payment_method.added");
		for (String pan : new String[] { "5555555555554444", "5555 5555 5555 4444", "5555555555554445" }) {
			assertThat(everything).doesNotContain(pan);
			assertThat(output.getAll()).doesNotContain(pan);
		}
		assertThat(output.getAll()).doesNotContain("5555 5555 5555 4445");
	}

	private static WebTestClient.BodyContentSpec fieldErrors(Browser browser, Map<String, String> card) {
		return browser.post("/sandbox/cards/tokens", card)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation-failed");
	}

}
