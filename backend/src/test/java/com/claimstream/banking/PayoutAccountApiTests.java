package com.claimstream.banking;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.common.SecretBox;
import com.claimstream.security.Role;
import com.claimstream.support.ApplicationRoutes;
import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;

@ApiTest
class PayoutAccountApiTests {

	static final String ROUTING = "122105278";

	static final String ACCOUNT = "902846175531";

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient database;

	@Autowired
	SecretBox box;

	@Autowired
	ApplicationContext context;

	@Test
	void anAdministratorSetsTheAccountAndOnlyItsLastFourDigitsComeBack() {
		SignedIn admin = Practices.signUp(this.http);
		admin.browser()
			.get("/api/practice/banking/payout-account")
			.expectBody()
			.jsonPath("$.configured")
			.isEqualTo(false);
		String saved = save(admin.browser(), ROUTING, "9028-4617 5531").expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String read = admin.browser()
			.get("/api/practice/banking/payout-account")
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		for (String body : List.of(saved, read)) {
			assertThat(body).contains("\"accountLast4\":\"5531\"", "\"accountType\":\"checking\"")
				.doesNotContain(ACCOUNT, "90284617");
		}
	}

	@Test
	void theAccountNumberIsSealedForItsPracticeOnly() {
		SignedIn admin = Practices.signUp(this.http);
		save(admin.browser(), ROUTING, ACCOUNT).expectStatus().isOk();
		byte[] sealed = this.database.sql("select account_number_sealed from payout_account where practice_id = :id")
			.bind("id", admin.practiceId())
			.map((row) -> row.get("account_number_sealed", byte[].class))
			.one()
			.block();
		assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(ACCOUNT);
		assertThat(this.box.open(sealed, PayoutAccountService.context(admin.practiceId()))).isEqualTo(ACCOUNT);
	}

	@Test
	void invalidNumbersAreNamedByField() {
		SignedIn admin = Practices.signUp(this.http);
		save(admin.browser(), "122105279", "12").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation-failed")
			.jsonPath("$.errors[*].field")
			.value(containsInAnyOrder("routingNumber", "accountNumber"));
	}

	// TEN-08: a staff member (or clinician) never sees a banking field, in any response
	// or
	// event
	@Test
	void staffAndCliniciansSeeNoBankingFieldInAnyResponseOrEvent() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn staff = Practices.addMember(admin, Role.STAFF);
		SignedIn clinician = Practices.addMember(admin, Role.CLINICIAN);
		save(admin.browser(), ROUTING, ACCOUNT).expectStatus().isOk();
		for (SignedIn member : List.of(staff, clinician)) {
			member.browser().get("/api/practice/banking/payout-account").expectStatus().isForbidden();
			save(member.browser(), ROUTING, "12345678").expectStatus().isForbidden();
			for (ApplicationRoutes.Route route : ApplicationRoutes.of(this.context)) {
				if (route.method().equals("GET") && !route.path().contains("{") && route.path().startsWith("/api/")
						&& !route.path().equals("/api/stream")) {
					String body = member.browser()
						.get(route.path())
						.expectBody(String.class)
						.returnResult()
						.getResponseBody();
					// the dev mailbox lists every test's mail, whose random link tokens
					// hold any
					// four digits by chance: there the whole numbers are the canaries
					String[] canaries = route.path().startsWith("/api/dev/") ? new String[] { ROUTING, ACCOUNT }
							: new String[] { ROUTING, "5531" };
					assertThat(String.valueOf(body)).as(route.toString()).doesNotContain(canaries);
				}
			}
		}
		List<String> events = this.database.sql("select data::text from event where practice_id = :id")
			.bind("id", admin.practiceId())
			.map((row) -> row.get(0, String.class))
			.all()
			.collectList()
			.block();
		assertThat(events).isNotEmpty().allSatisfy((data) -> assertThat(data).doesNotContain(ROUTING, "5531"));
	}

	private static WebTestClient.ResponseSpec save(Browser browser, String routing, String account) {
		return browser.put("/api/practice/banking/payout-account",
				Map.of("routingNumber", routing, "accountNumber", account));
	}

}
