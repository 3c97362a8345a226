package com.claimstream.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Mailbox;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant A against tenant B (RELIABILITY TEN-02..05): B has 10,000 clients inserted with
 * SQL and 100 each of members, team invitations and contacts, besides one of each made
 * through the API. A's administrator asks for, and writes to, every one of them; each
 * answer must be the answer for a random id, and B's rows must stay as they were.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTests {

	private static final int PER_TYPE = 100;

	private static final int MANY_CLIENTS = 10_000;

	/** B's SQL-inserted clients carry this last name, so any leak is easy to spot. */
	private static final String CANARY = "Canarytenant";

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient database;

	private SignedIn a;

	private UUID aClient;

	private SignedIn b;

	private UUID bClient;

	private List<UUID> bClients;

	private List<UUID> bMembers;

	private List<UUID> bTeamInvitations;

	private List<UUID> bContacts;

	@BeforeAll
	void twoTenants() {
		this.a = Practices.signUp(this.http);
		this.aClient = Practices.addClient(this.a.browser(), Practices.uniqueEmail("a-client"));
		Practices.addClient(this.a.browser(), Practices.uniqueEmail("a-client"));
		Practices.stepUp(this.a.browser(), this.a.email());
		this.b = Practices.signUp(this.http);
		SignedIn bClinician = Practices.addMember(this.b, Role.CLINICIAN);
		this.bClient = Practices.addClient(this.b.browser(), Practices.uniqueEmail("b-client"));
		this.b.browser()
			.post("/api/clients/{id}/contacts", contact("b-contact"), this.bClient)
			.expectStatus()
			.is2xxSuccessful();
		this.b.browser()
			.put("/api/clients/{id}/portal-settings", Map.of("payments", "off"), this.bClient)
			.expectStatus()
			.isOk();
		this.b.browser().put("/api/clients/{id}/pin", Map.of(), this.bClient).expectStatus().isNoContent();
		this.b.browser().get("/api/clients/{id}", this.bClient).expectStatus().isOk();
		Practices.stepUp(this.b.browser(), this.b.email());
		this.b.browser()
			.post("/api/practice/team/invitations",
					Map.of("email", Practices.uniqueEmail("b-invitee"), "name", "B Invitee", "role", "STAFF"))
			.expectStatus()
			.isCreated();
		insertManyRowsOfB();
		this.bClients = withFirst(this.bClient, ids("select client_id from client where practice_id = :b"
				+ " and client_id <> :real order by client_id limit " + (PER_TYPE - 1), this.bClient));
		this.bMembers = withFirst(bClinician.accountId(),
				ids("select account_id from account where practice_id = :b and account_id <> :real"
						+ " order by account_id limit " + (PER_TYPE - 1), bClinician.accountId()));
		this.bTeamInvitations = ids("select invitation_id from team_invitation where practice_id = :b"
				+ " and invitation_id <> :real order by invitation_id limit " + PER_TYPE, UUID.randomUUID());
		this.bContacts = ids("select contact_id from client_contact where practice_id = :b"
				+ " and contact_id <> :real order by contact_id limit " + PER_TYPE, UUID.randomUUID());
		assertThat(List.of(this.bClients, this.bMembers, this.bTeamInvitations, this.bContacts))
			.allSatisfy((list) -> assertThat(list).hasSize(PER_TYPE));
	}

	@Test
	void readingBsRecordsAnswersLikeARandomId() { // TEN-02
		for (String route : List.of("/api/clients/{id}", "/api/clients/{id}/activity", "/api/clients/{id}/contacts",
				"/api/clients/{id}/portal-settings")) {
			assertAllLikeRandom(List.of(new Probe(HttpMethod.GET, route, null)), this.bClients);
		}
		assertAllLikeRandom(List.of(new Probe(HttpMethod.GET, "/api/practice/members/{id}/profile", null)),
				this.bMembers);
		// A's audit may list A's own refused attempts on B's ids, never a row of B's
		for (UUID client : this.bClients) {
			Map<?, ?> audit = json("/api/practice/audit?clientId=" + client);
			assertThat((List<?>) audit.get("items")).allSatisfy((row) -> {
				assertThat(((Map<?, ?>) row).get("actorId")).isEqualTo(this.a.accountId().toString());
				assertThat(((Map<?, ?>) row).get("outcome")).isEqualTo("denied");
			});
		}
	}

	@Test
	void writingToBsRecordsIsRefusedAndChangesNoneOfBsRows() { // TEN-02, TEN-03
		String before = checksumOfB();
		assertAllLikeRandom(
				List.of(new Probe(HttpMethod.POST, "/api/clients/{id}/invitation/resend", null),
						new Probe(HttpMethod.POST, "/api/clients/{id}/invitation/revoke", null),
						new Probe(HttpMethod.POST, "/api/clients/{id}/archive", null),
						new Probe(HttpMethod.POST, "/api/clients/{id}/unarchive", null),
						new Probe(HttpMethod.POST, "/api/clients/{id}/contacts", contact("intruder")),
						new Probe(HttpMethod.PUT, "/api/clients/{id}", profile("intruder")),
						new Probe(HttpMethod.PUT, "/api/clients/{id}/pin", Map.of()),
						new Probe(HttpMethod.DELETE, "/api/clients/{id}/pin", null),
						new Probe(HttpMethod.DELETE, "/api/clients/{id}", null),
						new Probe(HttpMethod.PUT, "/api/clients/{id}/portal-settings", Map.of("payments", "on"))),
				this.bClients);
		assertAllLikeRandom(List.of(
				new Probe(HttpMethod.PUT, "/api/practice/team/members/{id}/role", Map.of("role", "PRACTICE_ADMIN")),
				new Probe(HttpMethod.POST, "/api/practice/team/members/{id}/deactivate", null),
				new Probe(HttpMethod.POST, "/api/practice/team/members/{id}/reactivate", null)), this.bMembers);
		assertAllLikeRandom(
				List.of(new Probe(HttpMethod.POST, "/api/practice/team/invitations/{id}/resend", null),
						new Probe(HttpMethod.DELETE, "/api/practice/team/invitations/{id}", null)),
				this.bTeamInvitations);
		// nested: A's own client with B's contact
		String contactRoute = "/api/clients/" + this.aClient + "/contacts/{id}/portal-access";
		assertAllLikeRandom(List.of(new Probe(HttpMethod.POST, contactRoute, null),
				new Probe(HttpMethod.DELETE, contactRoute, null)), this.bContacts);
		assertThat(checksumOfB()).isEqualTo(before);
	}

	@Test
	void bsCliniciansCannotBeAssignedToAsClients() { // TEN-03: nested reference
		String before = checksumOfB();
		for (int i = 0; i < this.bMembers.size(); i++) {
			UUID clinician = this.bMembers.get(i);
			boolean edit = i % 2 == 0;
			Map<String, Object> body = profile(edit ? "a-client-edited" : "a-client-new");
			body.put("clinicianId", clinician);
			assertRefusedOnClinician(edit ? send(HttpMethod.PUT, "/api/clients/" + this.aClient, body)
					: send(HttpMethod.POST, "/api/clients", body));
		}
		assertThat(count("select count(*) from client where practice_id = :a and clinician_account_id is not null"
				+ " and clinician_account_id not in (select account_id from account where practice_id = :a)"))
			.isZero();
		assertThat(checksumOfB()).isEqualTo(before);
	}

	@Test
	void foreignIdsInjectedIntoBodiesAreIgnored() { // TEN-04
		Map<String, Object> injected = Map.of("practiceId", this.b.practiceId(), "clientId", this.bClient, "role",
				"PRACTICE_ADMIN", "status", "connected", "accountId", this.b.accountId());
		String before = checksumOfB();
		Map<String, Object> client = profile("ten04-new");
		client.putAll(injected);
		assertIgnoredOrBadRequest(send(HttpMethod.POST, "/api/clients", client));
		Map<String, Object> edit = profile("ten04-edit");
		edit.putAll(injected);
		assertIgnoredOrBadRequest(send(HttpMethod.PUT, "/api/clients/" + this.aClient, edit));
		Map<String, Object> contact = contact("ten04-contact");
		contact.putAll(injected);
		assertIgnoredOrBadRequest(send(HttpMethod.POST, "/api/clients/" + this.aClient + "/contacts", contact));
		Map<String, Object> invitation = new HashMap<>(injected);
		invitation
			.putAll(Map.of("email", Practices.uniqueEmail("ten04-member"), "name", "Mass Member", "role", "STAFF"));
		assertIgnoredOrBadRequest(send(HttpMethod.POST, "/api/practice/team/invitations", invitation));
		Map<String, Object> settings = new HashMap<>(injected);
		settings.put("payments", "off");
		assertIgnoredOrBadRequest(send(HttpMethod.PUT, "/api/clients/" + this.aClient + "/portal-settings", settings));
		assertIgnoredOrBadRequest(send(HttpMethod.PUT, "/api/practice/portal-settings", settings));

		assertThat(checksumOfB()).isEqualTo(before);
		// every row A's requests made is A's
		for (String table : List.of("client", "client_contact", "team_invitation", "invitation")) {
			assertThat(count("select count(*) from " + table + " where practice_id <> :a and email like 'ten04-%'"))
				.as(table)
				.isZero();
		}
		assertThat(count("select count(*) from client_contact where client_id = :real and email like 'ten04-%'",
				this.bClient))
			.isZero();
		assertThat(count("select count(*) from account where email like 'ten04-%'")).isZero();
		this.a.browser().get("/api/clients/{id}", this.aClient).expectBody().jsonPath("$.status").isEqualTo("invited");
	}

	@Test
	void foreignIdsAndRolesInjectedIntoSignUpAndJoinAreIgnored() { // TEN-04
		Map<String, Object> injected = Map.of("practiceId", this.b.practiceId(), "clientId", this.bClient, "role",
				"PRACTICE_ADMIN", "status", "connected", "accountId", this.b.accountId());
		String before = checksumOfB();
		Map<String, Object> signUp = new HashMap<>(injected);
		signUp.putAll(Map.of("practiceName", "Injected Practice", "yourName", "Dr. Injected", "email",
				Practices.uniqueEmail("inject-signup"), "password", Practices.PASSWORD));
		Map<?, ?> session = Practices.completeSignUp(new Browser(this.http), signUp);
		assertThat(((Map<?, ?>) session.get("practice")).get("id")).isNotEqualTo(this.b.practiceId().toString())
			.isNotEqualTo(this.a.practiceId().toString());
		assertThat(((Map<?, ?>) session.get("account")).get("id")).isNotEqualTo(this.b.accountId().toString());

		String email = Practices.uniqueEmail("inject-join");
		this.a.browser()
			.post("/api/practice/team/invitations", Map.of("email", email, "name", "Joining Staff", "role", "STAFF"))
			.expectStatus()
			.isCreated();
		Map<String, Object> join = new HashMap<>(injected);
		join.putAll(Map.of("token", Mailbox.teamInvitationToken(this.http, email, 1), "password", Practices.PASSWORD));
		new Browser(this.http).post("/api/team-invitations/accept", join).expectStatus().isOk();
		assertThat(text("select role || ' ' || practice_id from account where email = '" + email + "'"))
			.isEqualTo("STAFF " + this.a.practiceId());

		Map<String, Object> role = new HashMap<>(injected);
		role.put("role", "CLINICIAN");
		UUID joined = this.database.sql("select account_id from account where email = :email")
			.bind("email", email)
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block();
		assertIgnoredOrBadRequest(send(HttpMethod.PUT, "/api/practice/team/members/" + joined + "/role", role));
		assertThat(text("select role || ' ' || practice_id from account where account_id = '" + joined + "'"))
			.isEqualTo("CLINICIAN " + this.a.practiceId());
		assertThat(checksumOfB()).isEqualTo(before);
	}

	@Test
	void listsCountsSearchAndAuditExportShowNoneOfBsRows() { // TEN-05
		Map<?, ?> page = json("/api/clients?size=50");
		long aClients = count("select count(*) from client where practice_id = :a and status <> 'removed'");
		assertThat(page.get("totalItems")).isEqualTo((int) aClients);
		assertThat(((List<?>) page.get("items"))).hasSize((int) aClients)
			.allSatisfy((item) -> assertThat(((Map<?, ?>) item).get("lastName")).isNotEqualTo(CANARY));
		assertThat(json("/api/clients?search=" + CANARY).get("totalItems")).isEqualTo(0);
		assertThat(json("/api/clients?search=b-client").get("totalItems")).isEqualTo(0);
		assertThat(json("/api/clients?clinicianId=" + this.bMembers.get(0)).get("totalItems")).isEqualTo(0);
		assertThat(json("/api/clients?status=invited&sort=-created&size=50").get("totalItems"))
			.isEqualTo((int) aClients);
		json("/api/clients/counts")
			.forEach((status, counted) -> assertThat(((Number) counted).longValue()).as("%s", status)
				.isEqualTo(count("select count(*) from client where practice_id = :a and status = '" + status + "'")));
		String team = body(HttpMethod.GET, "/api/practice/team", null);
		assertThat(this.bMembers).allSatisfy((member) -> assertThat(team).doesNotContain(member.toString()));
		assertThat(this.bTeamInvitations)
			.allSatisfy((invitation) -> assertThat(team).doesNotContain(invitation.toString()));
		assertThat(team).doesNotContain("b.example.test");
		String export = body(HttpMethod.GET, "/api/practice/audit/export", null);
		String audit = body(HttpMethod.GET, "/api/practice/audit", null);
		for (String canary : List.of(this.b.accountId().toString(), this.b.practiceId().toString(), CANARY)) {
			assertThat(export).doesNotContain(canary);
			assertThat(audit).doesNotContain(canary);
		}
		// B's client id shows only in A's own refused attempts on it
		assertThat(export.lines().filter((line) -> line.contains(this.bClient.toString())))
			.allSatisfy((line) -> assertThat(line).contains(this.a.accountId().toString())
				.containsAnyOf("\"denied\"", "/api/practice/audit"));
		assertThat(export).contains(this.aClient.toString());
	}

	private void insertManyRowsOfB() {
		execute("insert into client (client_id, practice_id, first_name, last_name, email, status, created_at,"
				+ " updated_at, last_activity_at) select gen_random_uuid(), :b, 'Pat' || g, '" + CANARY + "',"
				+ " 'canary' || g || '@b.example.test', 'invited', now(), now(), now()" + " from generate_series(1, "
				+ MANY_CLIENTS + ") g");
		execute("insert into account (account_id, portal, email, name, password_hash, role, practice_id, created_at)"
				+ " select gen_random_uuid(), 'practice', 'member' || g || '-' || :b || '@b.example.test',"
				+ " 'Member ' || g, 'not a hash', 'CLINICIAN', :b, now() from generate_series(1, " + PER_TYPE + ") g");
		execute("insert into team_invitation (invitation_id, practice_id, token_hash, email, name, role, status,"
				+ " sent_at, expires_at) select gen_random_uuid(), :b, sha256(convert_to(gen_random_uuid()::text,"
				+ " 'UTF8')), 'invitee' || g || '@b.example.test', 'Invitee ' || g, 'STAFF', 'sent', now(),"
				+ " now() + interval '7 days' from generate_series(1, " + PER_TYPE + ") g");
		execute("insert into client_contact (contact_id, practice_id, client_id, name, relationship, email,"
				+ " portal_access, created_at, updated_at) select gen_random_uuid(), :b, client_id, 'Guardian',"
				+ " 'Parent', 'guardian@b.example.test', false, now(), now() from client where practice_id = :b"
				+ " and client_id <> :real limit " + PER_TYPE);
	}

	/**
	 * B's ids, spread over these routes, each answer exactly as a random id does (404,
	 * the same body once the id itself is blanked out).
	 */
	private void assertAllLikeRandom(List<Probe> probes, List<UUID> ids) {
		List<String> random = probes.stream().map((probe) -> likeRandom(probe, UUID.randomUUID())).toList();
		for (int i = 0; i < ids.size(); i++) {
			Probe probe = probes.get(i % probes.size());
			assertThat(likeRandom(probe, ids.get(i))).as("%s with B's %s", probe, ids.get(i))
				.isEqualTo(random.get(i % probes.size()));
		}
	}

	private String likeRandom(Probe probe, UUID id) {
		EntityExchangeResult<String> result = send(probe.method(), probe.route().replace("{id}", id.toString()),
				probe.body());
		assertThat(result.getStatus().value()).as("%s: %s", probe, result.getResponseBody()).isEqualTo(404);
		return String.valueOf(result.getResponseBody()).replace(id.toString(), "{id}");
	}

	private String body(HttpMethod method, String uri, Object body) {
		EntityExchangeResult<String> result = send(method, uri, body);
		assertThat(result.getStatus().is2xxSuccessful()).as("%s %s", method, uri).isTrue();
		return String.valueOf(result.getResponseBody());
	}

	private Map<?, ?> json(String uri) {
		return this.a.browser().get(uri).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
	}

	private EntityExchangeResult<String> send(HttpMethod method, String uri, Object body) {
		// A's audit export holds every probe of these tests: more than the default 256 KB
		WebTestClient.RequestBodySpec request = this.a.browser()
			.http()
			.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build()
			.method(method)
			.uri(uri);
		WebTestClient.RequestHeadersSpec<?> withBody = (body != null)
				? request.contentType(MediaType.APPLICATION_JSON).bodyValue(body) : request;
		return withBody.exchange().expectBody(String.class).returnResult();
	}

	private static void assertRefusedOnClinician(EntityExchangeResult<String> result) {
		int status = result.getStatus().value();
		assertThat(status).as(result.getResponseBody()).isIn(400, 404);
		if (status == 400) {
			assertThat(result.getResponseBody()).contains("clinicianId");
		}
	}

	private static void assertIgnoredOrBadRequest(EntityExchangeResult<String> result) {
		assertThat(result.getStatus().value()).as("%s: %s", result.getUrl(), result.getResponseBody())
			.isIn(200, 201, 400);
	}

	/** One digest over every row of B in every table that has B's rows. */
	private String checksumOfB() {
		List<String> digests = new ArrayList<>();
		for (String table : List.of("practice", "account", "client", "client_contact", "invitation", "team_invitation",
				"client_portal_setting", "practice_portal_setting", "clinician_profile", "payout_account", "audit_log",
				"event")) {
			digests.add(text("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + table
					+ " t where practice_id = :b"));
		}
		digests.add(text("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from client_pin t"
				+ " join client c using (client_id) where c.practice_id = :b"));
		return String.join(",", digests);
	}

	private Map<String, Object> profile(String name) {
		return new HashMap<>(Map.of("firstName", "Alex", "lastName", name, "email", Practices.uniqueEmail(name)));
	}

	private static Map<String, Object> contact(String name) {
		return new HashMap<>(Map.of("name", "Jordan Guardian", "relationship", "Mother", "email",
				Practices.uniqueEmail(name), "portalAccess", false));
	}

	private record Probe(HttpMethod method, String route, Object body) {

	}

	private static List<UUID> withFirst(UUID first, List<UUID> rest) {
		List<UUID> all = new ArrayList<>(List.of(first));
		all.addAll(rest);
		return all;
	}

	private DatabaseClient.GenericExecuteSpec sql(String sql, UUID real) {
		DatabaseClient.GenericExecuteSpec spec = this.database.sql(sql);
		if (sql.contains(":a")) {
			spec = spec.bind("a", this.a.practiceId());
		}
		if (sql.contains(":b")) {
			spec = spec.bind("b", this.b.practiceId());
		}
		return sql.contains(":real") ? spec.bind("real", real) : spec;
	}

	private void execute(String sql) {
		sql(sql, this.bClient).then().block();
	}

	private List<UUID> ids(String sql, UUID real) {
		return sql(sql, real).map((row) -> row.get(0, UUID.class)).all().collectList().block();
	}

	private long count(String sql) {
		return count(sql, this.bClient);
	}

	private long count(String sql, UUID real) {
		return sql(sql, real).map((row) -> row.get(0, Long.class)).one().block();
	}

	private String text(String sql) {
		return sql(sql, this.bClient).map((row) -> row.get(0, String.class)).one().block();
	}

}
