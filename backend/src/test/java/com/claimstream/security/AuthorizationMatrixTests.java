package com.claimstream.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.ApplicationRoutes;
import com.claimstream.support.Browser;
import com.claimstream.support.Mailbox;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;
import com.claimstream.support.SandboxCards;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TEN-01: every route of the running application against eight principals and, where the
 * route names an object, that object's ownership, as written in
 * {@code security/authorization-matrix.txt}. A route missing from the matrix fails, and
 * so does a row whose route is gone.
 * <p>
 * The object of a route is one of practice A, assigned to clinician A1: "own" for A1,
 * "same practice" for the other members of A, "other practice" for admin B; a second pass
 * asks for a random id ("nonexistent"). Mutating routes get a fresh object per request.
 * Bodies are {@code {}}: the matrix records the access decision, not the domain's answer,
 * so {@code ok} is any answer other than 401, 403, 404 and 5xx.
 */
@ApiTest
class AuthorizationMatrixTests {

	static final List<String> PRINCIPALS = List.of("anonymous", "adminA", "clinicianA1", "clinicianA2", "staffA",
			"clientOfA1", "clientOfAAndB", "adminB");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	@Autowired
	WebTestClient http;

	@Autowired
	ApplicationContext context;

	@Autowired
	DatabaseClient database;

	@Test
	void everyRouteAnswersEveryPrincipalAsTheMatrixSays() throws IOException {
		List<Row> rows = matrix();
		Set<String> routes = ApplicationRoutes.of(this.context)
			.stream()
			.map(ApplicationRoutes.Route::toString)
			.collect(Collectors.toSet());
		Set<String> listed = rows.stream().map(Row::route).collect(Collectors.toSet());
		assertThat(difference(routes, listed)).as("routes missing from security/authorization-matrix.txt").isEmpty();
		assertThat(difference(listed, routes)).as("matrix rows whose route no longer exists").isEmpty();

		World world = World.create(this.http, this.database);
		List<String> mismatches = new ArrayList<>();
		// signing out ends the principal's session: it runs last
		rows.sort(Comparator.comparing(Row::endsSession));
		for (Row row : rows) {
			for (int i = 0; i < PRINCIPALS.size(); i++) {
				Browser browser = world.principals.get(PRINCIPALS.get(i));
				check(mismatches, row, PRINCIPALS.get(i), row.expected.get(i),
						() -> call(browser, row, world.objectsOfA(!row.method.equals("GET"))));
				if (row.whenMissing != null) {
					check(mismatches, row, PRINCIPALS.get(i) + " (nonexistent id)", row.whenMissing.get(i),
							() -> call(browser, row, (variable) -> UUID.randomUUID()));
				}
			}
		}
		assertThat(mismatches).as("authorization mismatches").isEmpty();
	}

	private static Set<String> difference(Set<String> these, Set<String> those) {
		return these.stream().filter((route) -> !those.contains(route)).collect(Collectors.toSet());
	}

	private static void check(List<String> mismatches, Row row, String principal, String expected,
			java.util.function.IntSupplier call) {
		int status = call.getAsInt();
		if (!matches(expected, status)) {
			mismatches.add(row.route() + " as " + principal + ": expected " + expected + ", got " + status);
		}
	}

	private static boolean matches(String expected, int status) {
		if (status >= 500) {
			return false;
		}
		return expected.equals("ok") ? (status != 401 && status != 403 && status != 404)
				: expected.equals(String.valueOf(status));
	}

	private static int call(Browser browser, Row row, Function<String, Object> objects) {
		// a static resource pattern is asked for the page every visitor loads first
		Matcher variables = VARIABLE.matcher(row.path.replace("**", "index.html"));
		StringBuilder uri = new StringBuilder();
		while (variables.find()) {
			variables.appendReplacement(uri, objects.apply(variables.group(1)).toString());
		}
		variables.appendTail(uri);
		WebTestClient.RequestBodySpec request = browser.http()
			.method(HttpMethod.valueOf(row.method))
			.uri(uri.toString());
		WebTestClient.RequestHeadersSpec<?> withBody = (row.method.equals("POST") || row.method.equals("PUT")
				|| row.method.equals("PATCH")) ? request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
						: request;
		return withBody.exchange().expectBody().returnResult().getStatus().value();
	}

	private static List<Row> matrix() throws IOException {
		try (InputStream in = new ClassPathResource("security/authorization-matrix.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map(Row::parse)
				.collect(Collectors.toCollection(ArrayList::new));
		}
	}

	/**
	 * One line: {@code METHOD PATH | expected per principal [| missing: expected per
	 * principal]}.
	 */
	record Row(String method, String path, List<String> expected, @Nullable List<String> whenMissing) {

		static Row parse(String line) {
			String[] parts = line.split("\\|");
			String[] route = parts[0].strip().split("\\s+");
			List<String> expected = columns(parts[1], line);
			List<String> whenMissing = (parts.length > 2) ? columns(parts[2].replace("missing:", ""), line) : null;
			if (VARIABLE.matcher(route[1]).find() != (whenMissing != null)) {
				throw new IllegalArgumentException("A route with an id needs a 'missing:' part, only it: " + line);
			}
			return new Row(route[0], route[1], expected, whenMissing);
		}

		private static List<String> columns(String part, String line) {
			List<String> columns = Arrays.asList(part.strip().split("\\s+"));
			if (columns.size() != PRINCIPALS.size()) {
				throw new IllegalArgumentException("Expected one status per principal " + PRINCIPALS + ": " + line);
			}
			return columns;
		}

		String route() {
			return this.method + " " + this.path;
		}

		boolean endsSession() {
			return route().equals("DELETE /api/sessions/current");
		}

	}

	/**
	 * Practices A and B with their principals, and the objects of practice A that routes
	 * name, by the route's path variable.
	 */
	static final class World {

		final Map<String, Browser> principals = new LinkedHashMap<>();

		private final SignedIn adminA;

		private final SignedIn clinicianA1;

		private final UUID memberOfA;

		private final UUID clientOfA1;

		private final DatabaseClient database;

		private World(SignedIn adminA, SignedIn clinicianA1, UUID memberOfA, UUID clientOfA1, DatabaseClient database) {
			this.database = database;
			this.adminA = adminA;
			this.clinicianA1 = clinicianA1;
			this.memberOfA = memberOfA;
			this.clientOfA1 = clientOfA1;
		}

		static World create(WebTestClient http, DatabaseClient database) {
			SignedIn adminA = Practices.signUp(http);
			SignedIn adminB = Practices.signUp(http);
			SignedIn clinicianA1 = Practices.addMember(adminA, Role.CLINICIAN);
			SignedIn target = Practices.addMember(adminA, Role.STAFF);
			World world = new World(adminA, clinicianA1, target.accountId(), null, database);
			UUID sharedClient = world.newClientOfA1();
			World built = new World(adminA, clinicianA1, target.accountId(), sharedClient, database);
			built.principals.put("anonymous", new Browser(http));
			built.principals.put("adminA", adminA.browser());
			built.principals.put("clinicianA1", clinicianA1.browser());
			built.principals.put("clinicianA2", Practices.addMember(adminA, Role.CLINICIAN).browser());
			built.principals.put("staffA", Practices.addMember(adminA, Role.STAFF).browser());
			built.principals.put("clientOfA1", connectedClient(http, List.of(adminA), clinicianA1));
			built.principals.put("clientOfAAndB", connectedClient(http, List.of(adminA, adminB), null));
			built.principals.put("adminB", adminB.browser());
			return built;
		}

		/**
		 * The objects of practice A a route's variables name, in path order (a contact
		 * belongs to the client named before it); fresh when the route changes them.
		 */
		Function<String, Object> objectsOfA(boolean fresh) {
			UUID[] client = { this.clientOfA1 };
			UUID[] claim = { null };
			return (variable) -> switch (variable) {
				case "clientId" -> client[0] = fresh ? newClientOfA1() : this.clientOfA1;
				case "contactId" -> newContactOf(client[0]);
				case "paymentMethodId" -> newPaymentMethodOf(client[0]);
				case "memberId" -> this.memberOfA;
				case "invitationId" -> newTeamInvitationOfA();
				case "side" -> "front";
				case "checkId" -> newFailedCheckOf(client[0]);
				case "claimId" -> claim[0] = newClaimOf(client[0]);
				case "fileId" -> newClaimFileOf(claim[0]);
				default -> throw new IllegalStateException(
						"No object for {" + variable + "}: add one to AuthorizationMatrixTests.World");
			};
		}

		private UUID newContactOf(UUID clientId) {
			return id(this.adminA.browser()
				.post("/api/clients/{id}/contacts", Map.of("name", "Pat Parent", "relationship", "Mother", "email",
						Practices.uniqueEmail("contact"), "portalAccess", false), clientId));
		}

		/**
		 * A benefit check of the client that the payer failed to answer (written
		 * directly: the insurance that would start one is not what the matrix is about).
		 */
		private UUID newFailedCheckOf(UUID clientId) {
			UUID checkId = UUID.randomUUID();
			this.database
				.sql("""
						insert into benefit_check (benefit_check_id, practice_id, client_id, policy_id, payer_id, payer_name,
						  status, rejection_code, created_at, updated_at, completed_at)
						select :id, practice_id, client_id, gen_random_uuid(), '60054', 'Aetna', 'failed', '42', now(), now(),
						  now() from client where client_id = :clientId""")
				.bind("id", checkId)
				.bind("clientId", clientId)
				.then()
				.block();
			return checkId;
		}

		/** A claim of the client, as a charge would open it (written directly). */
		private UUID newClaimOf(UUID clientId) {
			UUID claimId = UUID.randomUUID();
			this.database
				.sql("""
						insert into claim (claim_id, claim_number, practice_id, client_id, charge_id, rendering_account_id,
						  payment_type, date_of_service, cpt, place_of_service, units, charge_cents, estimate_allowed_cents,
						  estimate_deductible_remaining_cents, estimate_coinsurance_basis_points, estimate_reimbursement_cents,
						  status, created_at, updated_at)
						select :id, 'CS' || lpad(nextval('claim_number_seq')::text, 8, '0'), c.practice_id, c.client_id,
						  gen_random_uuid(), (select account_id from account a where a.practice_id = c.practice_id limit 1),
						  'oon_pay', current_date, '90837', '10', 1, 20000, 15000, 0, 2000, 12000, 'created', now(), now()
						from client c where c.client_id = :clientId""")
				.bind("id", claimId)
				.bind("clientId", clientId)
				.then()
				.block();
			return claimId;
		}

		private UUID newClaimFileOf(UUID claimId) {
			UUID fileId = UUID.randomUUID();
			this.database.sql("""
					insert into claim_file (claim_file_id, claim_id, kind, control_number, content, digest, created_at)
					values (:id, :claimId, '837', 1, 'ISA', md5(:id::text), now())""")
				.bind("id", fileId)
				.bind("claimId", claimId)
				.then()
				.block();
			return fileId;
		}

		private UUID newPaymentMethodOf(UUID clientId) {
			return UUID.fromString(SandboxCards.addTo(this.adminA.browser(), clientId, SandboxCards.VISA));
		}

		private UUID newClientOfA1() {
			return id(this.adminA.browser()
				.post("/api/clients", Map.of("firstName", "Casey", "lastName", "Client", "email",
						Practices.uniqueEmail("client"), "clinicianId", this.clinicianA1.accountId())));
		}

		private UUID newTeamInvitationOfA() {
			return id(this.adminA.browser()
				.post("/api/practice/team/invitations",
						Map.of("email", Practices.uniqueEmail("invited"), "name", "Invited", "role", Role.STAFF)));
		}

		/**
		 * A client account connected to each practice (assigned to the clinician in A).
		 */
		private static Browser connectedClient(WebTestClient http, List<SignedIn> admins,
				@Nullable SignedIn clinician) {
			String email = Practices.uniqueEmail("client");
			Browser client = admins.get(0).browser().another();
			for (int i = 0; i < admins.size(); i++) {
				Map<String, Object> body = new LinkedHashMap<>(
						Map.of("firstName", "Casey", "lastName", "Client", "email", email));
				if (clinician != null) {
					body.put("clinicianId", clinician.accountId());
				}
				admins.get(i).browser().post("/api/clients", body).expectStatus().isCreated();
				String token = Mailbox.invitationToken(http, email, i + 1);
				client.post("/api/invitations/accept", Map.of("token", token, "password", Practices.PASSWORD))
					.expectStatus()
					.isOk();
			}
			return client;
		}

		private static UUID id(WebTestClient.ResponseSpec created) {
			Map<?, ?> body = created.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
			return UUID.fromString((String) body.get("id"));
		}

	}

}
