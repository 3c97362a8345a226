package com.claimstream.claims;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.client.PaymentType;
import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;
import com.claimstream.x12.X12Validation;

import static com.claimstream.support.InsuranceSetup.insure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claim pipeline against the clearinghouse sandbox: a charge's claim is sent as an
 * 837P, acknowledged by a 277CA and decided by an 835 against the member's sandbox plan
 * (PRODUCT §10, §12), held while data is missing, one per charge, and unmoved by
 * duplicate and out-of-order answers (FLT-08).
 */
@ApiTest
class ClaimPipelineTests {

	static final Map<String, Object> ADDRESS = Map.of("line1", "1 Main St", "city", "Albany", "state", "NY",
			"postalCode", "12207");

	static final Map<String, Object> PROFILE = Map.of("legalName", "Calm Waters Therapy PLLC", "taxId", "12-3456789",
			"groupNpi", "1245319599", "address", ADDRESS);

	@Autowired
	WebTestClient http;

	@Autowired
	ClaimService claims;

	@Autowired
	DatabaseClient database;

	// one claim the clearinghouse cannot take (its 837 unreadable) is retried alone: the
	// claims sent after it are decided all the same
	@Test
	void aClaimTheClearinghouseCannotTakeHoldsBackNoOther() {
		Setup setup = ready("OONLOW-9");
		UUID unreadable = UUID.randomUUID();
		this.database.sql("""
				insert into claim (claim_id, claim_number, practice_id, client_id, charge_id, rendering_account_id,
				  payment_type, date_of_service, cpt, place_of_service, units, charge_cents, status, submitted_at,
				  created_at, updated_at)
				select :id, 'CS' || lpad(nextval('claim_number_seq')::text, 8, '0'), c.practice_id, c.client_id,
				  gen_random_uuid(), :account, 'oon_pay', current_date, '90837', '11', 1, 20000, 'submitted',
				  now() - interval '1 day', now(), now()
				from client c where c.client_id = :clientId""")
			.bind("id", unreadable)
			.bind("account", setup.admin().accountId())
			.bind("clientId", setup.clientId())
			.then()
			.block();
		this.database.sql("""
				insert into claim_file (claim_file_id, claim_id, kind, control_number, content, digest, created_at)
				values (gen_random_uuid(), :id, '837', 1, 'not an interchange', md5(:id::text), now())""")
			.bind("id", unreadable)
			.then()
			.block();
		try {
			UUID claimId = open(setup, UUID.randomUUID(), new ClaimEstimate(15_000, 5_000, 2_000, 8_000));
			assertThat(at(awaitStatus(setup, claimId, "adjudicated"), "outcome.status")).isEqualTo("approved");
		}
		finally {
			this.database.sql("update claim set transmitted_at = now() where claim_id = :id")
				.bind("id", unreadable)
				.then()
				.block();
		}
	}

	@Test
	void aClaimIsSentAcknowledgedAndDecidedAgainstThePlan() {
		Setup setup = ready("OONLOW-7");
		// PRODUCT §10 example 2: allowed $150, deductible remaining $50, coinsurance 20%
		UUID claimId = open(setup, UUID.randomUUID(), new ClaimEstimate(15_000, 5_000, 2_000, 8_000));
		Map<String, Object> claim = awaitStatus(setup, claimId, "adjudicated");
		assertThat(at(claim, "outcome.status")).isEqualTo("approved");
		assertThat(at(claim, "outcome.result")).isEqualTo("Reimbursed $80.00, $50.00 applied to the deductible");
		assertThat(at(claim, "outcome.differences")).isEqualTo(List.of());
		assertThat(at(claim, "remittance.paidCents")).isEqualTo(8_000);
		assertThat(at(claim, "remittance.allowedCents")).isEqualTo(15_000);
		assertThat(steps(claim)).containsExactly("created", "submitted", "acknowledged", "adjudicated");
		assertThat(at(claim, "payerClaimNumber")).asString().startsWith("SBX");
		List<Map<String, Object>> files = list(claim, "files");
		assertThat(files).extracting((file) -> file.get("kind")).containsExactly("837", "277ca", "835");
		for (Map<String, Object> file : files) {
			String content = setup.admin()
				.browser()
				.get("/api/clients/{c}/claims/{id}/files/{f}", setup.clientId(), claimId, file.get("id"))
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(X12Validation.problems(content)).as(file.get("kind") + " file").isEmpty();
		}
		assertThat(kinds(claimId)).contains("claim.created", "claim.submitted", "claim.acknowledged",
				"claim.adjudicated");
		// the next claim of the member finds the deductible met: the payer keeps count
		UUID second = open(setup, UUID.randomUUID(), new ClaimEstimate(15_000, 5_000, 2_000, 8_000));
		Map<String, Object> next = awaitStatus(setup, second, "adjudicated");
		assertThat(at(next, "outcome.result")).isEqualTo("Reimbursed $120.00");
		assertThat(at(next, "outcome.differences")).isEqualTo(List.of("deductible"));
	}

	@Test
	void missingDataHoldsTheClaimNamingItAndItIsSentOnceAdded() {
		Setup setup = ready("OONMET-3");
		setup.admin()
			.browser()
			.put("/api/practice/profile", Map.of("legalName", "Calm Waters Therapy PLLC", "groupNpi", "1245319599"))
			.expectStatus()
			.isOk();
		UUID claimId = open(setup, UUID.randomUUID(), new ClaimEstimate(15_000, 0, 2_000, 12_000));
		Map<String, Object> held = awaitStatus(setup, claimId, "needs_information");
		assertThat(list(held, "missing")).extracting((missing) -> missing.get("field"))
			.containsExactly("practice_tax_id", "practice_address");
		assertThat(at(held, "outcome.status")).isEqualTo("needs_information");
		setup.admin().browser().put("/api/practice/profile", PROFILE).expectStatus().isOk();
		Map<String, Object> decided = awaitStatus(setup, claimId, "adjudicated");
		assertThat(at(decided, "outcome.result")).isEqualTo("Reimbursed $120.00");
		assertThat(steps(decided)).startsWith("created", "needs_information", "submitted");
	}

	@Test
	void aChargeHasExactlyOneClaimUnderRetriesAndConcurrency() {
		Setup setup = ready("OONMET-9");
		UUID chargeId = UUID.randomUUID();
		Set<UUID> answered = ConcurrentHashMap.newKeySet();
		Flux.fromStream(IntStream.range(0, 8).boxed())
			.parallel(8)
			.runOn(Schedulers.boundedElastic())
			.flatMap((attempt) -> this.claims
				.open(request(setup, chargeId, new ClaimEstimate(15_000, 0, 2_000, 12_000))))
			.doOnNext(answered::add)
			.sequential()
			.blockLast();
		answered.add(open(setup, chargeId, new ClaimEstimate(15_000, 0, 2_000, 12_000)));
		assertThat(answered).hasSize(1);
		assertThat(count("select count(*) as n from claim where charge_id = :id", chargeId)).isEqualTo(1);
		UUID claimId = answered.iterator().next();
		assertThat(count("select count(*) as n from event where subject_id = :id and kind = 'claim.created'", claimId))
			.isEqualTo(1);
	}

	@Test
	void duplicateAndOutOfOrderAnswersMoveTheClaimOnce() {
		Setup setup = ready("OONMET-DUP1");
		UUID claimId = open(setup, UUID.randomUUID(), new ClaimEstimate(15_000, 0, 2_000, 12_000));
		awaitStatus(setup, claimId, "adjudicated");
		// the sandbox delivers 835, 277CA, 835 and 277CA again: wait until all were
		// fetched
		awaitTrue(() -> count("""
				select count(*) as n from sandbox_clearinghouse_file f join claim c on c.claim_number = f.claim_number
				where c.claim_id = :id and f.fetched_at is null""", claimId) == 0);
		Map<String, Object> claim = get(setup, claimId);
		assertThat(at(claim, "status")).isEqualTo("adjudicated");
		assertThat(steps(claim)).containsExactly("created", "submitted", "adjudicated");
		assertThat(list(claim, "files")).extracting((file) -> file.get("kind")).containsExactly("837", "835", "277ca");
		assertThat(count("select count(*) as n from benefit_claim_outcome where claim_id = :id", claimId)).isEqualTo(1);
		assertThat(
				count("select count(*) as n from event where subject_id = :id and kind = 'claim.adjudicated'", claimId))
			.isEqualTo(1);
	}

	@Test
	void theClearinghouseRejectsAnUnknownMemberAndThePayerDeniesWithoutBenefits() {
		Setup unknown = ready("NOTFOUND-4");
		UUID rejected = open(unknown, UUID.randomUUID(), new ClaimEstimate(15_000, 0, 2_000, 12_000));
		Map<String, Object> claim = awaitStatus(unknown, rejected, "rejected");
		assertThat(at(claim, "outcome.status")).isEqualTo("investigating");
		assertThat(at(claim, "outcome.reason")).isEqualTo("Subscriber and subscriber id not found");

		Setup noBenefits = ready("NOOON-4");
		UUID denied = open(noBenefits, UUID.randomUUID(), new ClaimEstimate(15_000, 0, 2_000, 12_000));
		Map<String, Object> decided = awaitStatus(noBenefits, denied, "adjudicated");
		assertThat(at(decided, "outcome.status")).isEqualTo("denied");
		assertThat(at(decided, "outcome.reason")).isEqualTo("The plan has no out-of-network benefits for this service");
		assertThat(at(decided, "remittance.denialCodes")).isEqualTo(List.of("242"));
	}

	@Test
	void aClaimThePayerDoesNotDecideIsInvestigatedAfterTheDeadline() {
		Setup setup = ready("OONMET-SILENT-2");
		UUID claimId = open(setup, UUID.randomUUID(), new ClaimEstimate(15_000, 0, 2_000, 12_000));
		Map<String, Object> claim = awaitStatus(setup, claimId, "investigating");
		assertThat(at(claim, "outcome.status")).isEqualTo("investigating");
		assertThat(at(claim, "outcome.reason"))
			.isEqualTo("No decision from the payer in time: the practice is following up");
		assertThat(steps(claim)).containsExactly("created", "submitted", "acknowledged", "investigating");
	}

	@Test
	void theClientSeesTheirClaimWithoutItsFilesAndOnlyAdministratorsDownloadThem() {
		Setup setup = ready("OONMET-12");
		Practices.ConnectedClient connected = Practices.connectClient(this.http, setup.admin().browser(),
				Practices.uniqueEmail("portal"));
		prepareClient(setup.admin().browser(), connected.clientId(), "OONMET-12");
		Setup portalSetup = new Setup(setup.admin(), connected.clientId());
		UUID claimId = open(portalSetup, UUID.randomUUID(), new ClaimEstimate(15_000, 0, 2_000, 12_000));
		awaitStatus(portalSetup, claimId, "adjudicated");
		Map<String, Object> seen = connected.portal()
			.get("/api/portal/connections/{c}/claims/{id}", connected.clientId(), claimId)
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(at(seen, "outcome.result")).isEqualTo("Reimbursed $120.00");
		assertThat(list(seen, "files")).isEmpty();
		connected.portal()
			.get("/api/portal/connections/{c}/claims", connected.clientId())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].claimNumber")
			.isEqualTo(at(seen, "claimNumber"));
		SignedIn clinician = Practices.addMember(setup.admin(), com.claimstream.security.Role.CLINICIAN);
		Object fileId = list(get(portalSetup, claimId), "files").get(0).get("id");
		clinician.browser()
			.get("/api/clients/{c}/claims/{id}/files/{f}", connected.clientId(), claimId, fileId)
			.expectStatus()
			.isForbidden();
	}

	// --- set-up

	record Setup(SignedIn admin, UUID clientId) {
	}

	/**
	 * A practice and client with everything a claim needs, insured with this member id.
	 */
	private Setup ready(String memberId) {
		SignedIn admin = Practices.signUp(this.http);
		admin.browser().put("/api/practice/profile", PROFILE).expectStatus().isOk();
		admin.browser()
			.put("/api/practice/clinician-profile", Map.of("name", "Ann Smith", "npi", "1245319599"))
			.expectStatus()
			.isOk();
		UUID clientId = Practices.addClient(admin.browser(), Map.of("firstName", "Jane", "lastName", "Doe", "email",
				Practices.uniqueEmail("claim"), "dateOfBirth", "1990-01-01", "address", ADDRESS));
		prepareClient(admin.browser(), clientId, memberId);
		return new Setup(admin, clientId);
	}

	private static void prepareClient(Browser practice, UUID clientId, String memberId) {
		Map<String, Object> client = practice.get("/api/clients/{id}", clientId)
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		if (client.get("dateOfBirth") == null) {
			practice
				.put("/api/clients/{id}",
						Map.of("firstName", client.get("firstName"), "lastName", client.get("lastName"), "email",
								client.get("email"), "dateOfBirth", "1990-01-01", "address", ADDRESS),
						clientId)
				.expectStatus()
				.isOk();
		}
		insure(practice, clientId, "aetna", memberId);
		practice.put("/api/clients/{id}/diagnoses", Map.of("codes", List.of("F411")), clientId).expectStatus().isOk();
	}

	private ClaimRequest request(Setup setup, UUID chargeId, ClaimEstimate estimate) {
		return new ClaimRequest(setup.admin().practiceId(), setup.clientId(), chargeId, setup.admin().accountId(),
				PaymentType.OON_PAY, LocalDate.now().minusDays(1), "90837", List.of(), "11", 1, 20_000, estimate);
	}

	private UUID open(Setup setup, UUID chargeId, ClaimEstimate estimate) {
		return this.claims.open(request(setup, chargeId, estimate)).block();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> get(Setup setup, UUID claimId) {
		return setup.admin()
			.browser()
			.get("/api/clients/{c}/claims/{id}", setup.clientId(), claimId)
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private Map<String, Object> awaitStatus(Setup setup, UUID claimId, String status) {
		Map<String, Object>[] last = new Map[1];
		awaitTrue(() -> status.equals((last[0] = get(setup, claimId)).get("status")));
		return last[0];
	}

	private static void awaitTrue(java.util.function.BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Not reached in 20 s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	private long count(String sql, UUID id) {
		return this.database.sql(sql).bind("id", id).map((row) -> row.get("n", Long.class)).one().block();
	}

	private List<String> kinds(UUID claimId) {
		return this.database.sql("select kind from event where subject_id = :id order by position")
			.bind("id", claimId)
			.map((row) -> row.get("kind", String.class))
			.all()
			.collectList()
			.block();
	}

	@SuppressWarnings("unchecked")
	private static Object at(Map<String, Object> map, String path) {
		Object current = map;
		for (String key : path.split("\\.")) {
			current = ((Map<String, Object>) current).get(key);
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
		return (List<Map<String, Object>>) map.get(key);
	}

	private static List<Object> steps(Map<String, Object> claim) {
		return list(claim, "steps").stream().map((step) -> step.get("step")).toList();
	}

}
