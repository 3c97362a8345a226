package com.claimstream.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.R2dbcException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * RELIABILITY AUD-02 (row content, no PHI), AUD-03 (append-only, hash chain) and AUD-04
 * (fail closed).
 */
@ApiTest
class AuditIntegrityTests {

	static final String CANARY_NAME = "Zebulonia";

	static final String CANARY_SURNAME = "Canarywood";

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient database;

	@Autowired
	TransactionalOperator transaction;

	@Autowired
	AuditLog log;

	@Test
	void aud02RowsNameWhoWhatWhenAndWhereButHoldNoPhi() {
		SignedIn admin = Practices.signUp(this.http);
		String canaryEmail = "canary-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		UUID clientId = canaryClient(admin, canaryEmail);
		admin.browser().get("/api/clients/{id}", clientId).expectStatus().isOk();
		admin.browser().get("/api/clients?search=" + CANARY_SURNAME + "&status=invited").expectStatus().isOk();

		List<Map<String, Object>> rows = practiceRows(admin.practiceId());
		assertThat(rows).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.toString()).doesNotContainIgnoringCase(CANARY_NAME)
				.doesNotContainIgnoringCase(CANARY_SURNAME)
				.doesNotContainIgnoringCase(canaryEmail)
				.doesNotContain("canary-"));
		Map<String, Object> read = rows.stream()
			.filter((row) -> "/api/clients/{clientId}".equals(row.get("route")))
			.findFirst()
			.orElseThrow();
		assertThat(read).containsEntry("actor_account_id", admin.accountId())
			.containsEntry("actor_role", "PRACTICE_ADMIN")
			.containsEntry("practice_id", admin.practiceId())
			.containsEntry("action", "R")
			.containsEntry("resource", "client")
			.containsEntry("outcome", "allowed")
			.containsEntry("status", 200)
			.containsEntry("ip", "127.0.0.1");
		assertThat((UUID[]) read.get("client_ids")).containsExactly(clientId);
		assertThat(read.get("occurred_at")).isNotNull();
		assertThat((String) read.get("user_agent")).isNotBlank();
		assertThat((String) read.get("request_id")).isNotBlank();
		Map<String, Object> list = rows.stream()
			.filter((row) -> "/api/clients".equals(row.get("route")) && "GET".equals(row.get("method")))
			.findFirst()
			.orElseThrow();
		assertThat(list.get("query_filters")).isEqualTo("search,status");
	}

	@Test
	void aud03TheApplicationCannotUpdateDeleteOrTruncateAuditRows() {
		SignedIn admin = Practices.signUp(this.http);
		canaryClient(admin, Practices.uniqueEmail("c"));
		long row = practiceRowIds(admin.practiceId()).get(0);
		for (String change : List.of("update audit_log set status = 200 where audit_id = " + row,
				"delete from audit_log where audit_id = " + row, "truncate audit_log")) {
			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> this.database.sql(change).then().block())
				.satisfies((ex) -> assertThat(((R2dbcException) ex.getMostSpecificCause()).getSqlState()).as(change)
					.isEqualTo("42501"));
		}
		assertThat(practiceRowIds(admin.practiceId())).contains(row);
	}

	@Test
	void aud03TheVerifierReportsARowASuperuserAlteredBehindTheTriggers() {
		SignedIn admin = Practices.signUp(this.http);
		canaryClient(admin, Practices.uniqueEmail("c"));
		List<Long> rows = practiceRowIds(admin.practiceId());
		assertThat(this.log.verify().block()).doesNotContainAnyElementsOf(rows);
		long altered = rows.get(rows.size() - 1);
		this.transaction
			.transactional(this.database.sql("set local session_replication_role = replica")
				.then()
				.then(this.database.sql("update audit_log set ip = '203.0.113.9' where audit_id = :id")
					.bind("id", altered)
					.then()))
			.block();
		assertThat(this.log.verify().block()).contains(altered);
	}

	@Test
	void aud04AReadWhoseRowCannotBeWrittenAnswers503WithoutPhi() {
		SignedIn admin = Practices.signUp(this.http);
		String canaryEmail = "canary-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		UUID clientId = canaryClient(admin, canaryEmail);
		refuseAuditRowsOf(admin.practiceId());
		try {
			for (String uri : List.of("/api/clients/" + clientId, "/api/clients/" + clientId + "/activity",
					"/api/clients?search=x")) {
				String body = admin.browser()
					.get(uri)
					.expectStatus()
					.isEqualTo(503)
					.expectBody(String.class)
					.returnResult()
					.getResponseBody();
				assertThat(body).as(uri)
					.contains("/problems/service-unavailable")
					.doesNotContain(CANARY_NAME)
					.doesNotContain(CANARY_SURNAME)
					.doesNotContain(canaryEmail);
			}
			admin.browser().delete("/api/clients/{id}", clientId).expectStatus().isEqualTo(503);
		}
		finally {
			this.database.sql("drop trigger audit_test_refuse on audit_log").then().block();
		}
		admin.browser()
			.get("/api/clients/{id}", clientId)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("invited");
	}

	private UUID canaryClient(SignedIn admin, String email) {
		Map<?, ?> client = admin.browser()
			.post("/api/clients",
					Map.of("firstName", CANARY_NAME, "lastName", CANARY_SURNAME, "email", email, "alertNote",
							"canary alert " + CANARY_SURNAME))
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString((String) client.get("id"));
	}

	/** An audit store that refuses this practice's rows (the others' keep working). */
	private void refuseAuditRowsOf(UUID practiceId) {
		this.database.sql("""
				create or replace function audit_test_refuse() returns trigger language plpgsql as $$
				begin
				  if new.practice_id = '%s' then raise exception 'audit store unavailable (test)'; end if;
				  return new;
				end $$""".formatted(practiceId)).then().block();
		this.database.sql(
				"create trigger audit_test_refuse before insert on audit_log for each row execute function audit_test_refuse()")
			.then()
			.block();
	}

	private List<Map<String, Object>> practiceRows(UUID practiceId) {
		return this.database.sql("select * from audit_log where practice_id = :p order by audit_id")
			.bind("p", practiceId)
			.fetch()
			.all()
			.collectList()
			.block();
	}

	private List<Long> practiceRowIds(UUID practiceId) {
		return practiceRows(practiceId).stream().map((row) -> (Long) row.get("audit_id")).toList();
	}

}
