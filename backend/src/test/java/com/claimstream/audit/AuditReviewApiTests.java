package com.claimstream.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrators' review and CSV export of the audit log. */
@ApiTest
class AuditReviewApiTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient database;

	@Test
	void whoAccessedThisClientListsOnlyThatClientsRowsOfMyPractice() {
		SignedIn admin = Practices.signUp(this.http);
		UUID first = Practices.addClient(admin.browser(), Practices.uniqueEmail("first"));
		UUID second = Practices.addClient(admin.browser(), Practices.uniqueEmail("second"));
		admin.browser().get("/api/clients/{id}", first).expectStatus().isOk();
		admin.browser().get("/api/clients/{id}", second).expectStatus().isOk();
		SignedIn other = Practices.signUp(this.http);
		other.browser().get("/api/clients/{id}", first).expectStatus().isNotFound();

		Map<?, ?> page = admin.browser()
			.get("/api/practice/audit?clientId={id}", first)
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		List<Map<?, ?>> items = (List<Map<?, ?>>) page.get("items");
		assertThat(items).extracting((item) -> item.get("action") + " " + item.get("route"))
			.containsExactly("R /api/clients/{clientId}", "C /api/clients");
		assertThat(items).allSatisfy((item) -> assertThat(item.get("clientIds")).asString().contains(first.toString()));
		admin.browser()
			.get("/api/practice/audit?action=R&actorId={id}", admin.accountId())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			// two client reads and the review above
			.isEqualTo(3);
		admin.browser()
			.get("/api/practice/audit?action=X&from=yesterday")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("action", "from"));
	}

	@Test
	void theExportIsAuditedAndSafeToOpenInASpreadsheet() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("c"));
		admin.browser()
			.http()
			.get()
			.uri("/api/clients/{id}", client)
			.header("User-Agent", "=HYPERLINK(\"https://evil.example\",\"x\")")
			.exchange()
			.expectStatus()
			.isOk();
		String csv = admin.browser()
			.get("/api/practice/audit/export")
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
			.expectHeader()
			.valueMatches("Content-Disposition", "attachment; filename=\".*\\.csv\"")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(csv).startsWith("\"occurred_at\",\"event\",\"action\"")
			.contains("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\"")
			.doesNotContain(",\"=HYPERLINK");
		assertThat(this.database.sql("select count(*) as n from audit_log where practice_id = :p and action = 'E'")
			.bind("p", admin.practiceId())
			.map((row) -> row.get("n", Long.class))
			.one()
			.block()).isEqualTo(1);
	}

}
