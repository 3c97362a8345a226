package com.claimstream.charge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.benefits.BenefitFixtures;
import com.claimstream.support.ApiTest;
import com.claimstream.support.InsuranceSetup;
import com.claimstream.support.LedgerInvariants;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.ConnectedClient;
import com.claimstream.support.Practices.SignedIn;
import com.claimstream.support.SandboxCards;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Charges (PRODUCT §11) with their Idempotency-Key (ARCHITECTURE §6, RELIABILITY PAY-01,
 * -03 to -06, -09): priced, recorded in the ledger, announced, replayed; every test ends
 * with the ledger check.
 */
@ApiTest
class ChargeApiTests {

	/**
	 * Concurrent duplicates: each request holds the audit log's connection and takes one
	 * for the charge's own transaction, so at most half the pool (ADR 0020).
	 */
	private static final int DUPLICATES = 8;

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient database;

	@AfterEach
	void ledgerHolds() {
		LedgerInvariants.verify(this.database);
	}

	@Test
	void aSelfPaySessionIsChargedOnceAndItsRetryGetsTheSameAnswer() {
		SignedIn admin = Practices.signUp(this.http);
		ConnectedClient client = Practices.connectClient(this.http, admin.browser(), Practices.uniqueEmail("pay"));
		String card = SandboxCards.addTo(admin.browser(), client.clientId(), SandboxCards.VISA);
		Map<String, Object> body = Charges.session(admin.accountId(), card);

		EntityExchangeResult<String> first = Charges.post(admin.browser(), client.clientId(), "key-1", body);
		assertThat(first.getStatus().value()).isEqualTo(201);
		Map<String, Object> charge = Charges.list(admin.browser(), "/api/clients/{id}/charges", client.clientId())
			.get(0);
		assertThat(charge).containsEntry("status", "succeeded")
			.containsEntry("amountCents", 20_000)
			.containsEntry("clientChargeCents", 20_000)
			.containsEntry("processingFeeCents", 600)
			.containsEntry("clinicianNetCents", 19_400)
			.containsEntry("paymentType", "self_pay")
			.doesNotContainKey("claim");
		assertThat((Map<Object, Object>) charge.get("paymentMethod")).containsEntry("brand", "visa")
			.containsEntry("last4", "4242");

		EntityExchangeResult<String> retry = Charges.post(admin.browser(), client.clientId(), "key-1", body);
		assertThat(retry.getStatus().value()).isEqualTo(201);
		assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
		UUID chargeId = UUID.fromString((String) charge.get("id"));
		assertThat(processorCharges(chargeId)).isEqualTo(1);
		assertThat(entries(chargeId)).containsExactlyInAnyOrderEntriesOf(
				Map.of("card_clearing", 20_000L, "practice_pending", -19_400L, "processor_fees", -600L));
		assertThat(kinds(chargeId)).containsExactly("payment.started", "payment.succeeded");

		// the client sees the payment in the portal, without the clinician's figures
		Map<String, Object> mine = Charges
			.list(client.portal(), "/api/portal/connections/{id}/charges", client.clientId())
			.get(0);
		assertThat(mine).containsEntry("id", chargeId.toString())
			.containsEntry("clientChargeCents", 20_000)
			.doesNotContainKeys("processingFeeCents", "clinicianNetCents");
	}

	@Test
	void concurrentDuplicatesMakeOneChargeAndEveryAnswerIsTheFirstOrInFlight() throws Exception {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("dup"));
		String card = SandboxCards.addTo(admin.browser(), client, SandboxCards.VISA);
		Map<String, Object> body = Charges.session(admin.accountId(), card);
		ExecutorService pool = Executors.newFixedThreadPool(DUPLICATES);
		try {
			List<Future<EntityExchangeResult<String>>> answers = new ArrayList<>();
			for (int i = 0; i < DUPLICATES; i++) {
				answers.add(pool.submit(() -> Charges.post(admin.browser(), client, "same-key", body)));
			}
			String created = null;
			for (Future<EntityExchangeResult<String>> answer : answers) {
				EntityExchangeResult<String> result = answer.get();
				assertThat(result.getStatus().value()).isIn(201, 409);
				if (result.getStatus().value() == 201) {
					assertThat(created == null || created.equals(result.getResponseBody())).isTrue();
					created = result.getResponseBody();
				}
				else {
					assertThat(result.getResponseBody()).contains("/problems/request-in-flight");
				}
			}
		}
		finally {
			pool.shutdown();
		}
		List<Map<String, Object>> charges = Charges.settled(admin.browser(), client);
		assertThat(charges).hasSize(1);
		UUID chargeId = UUID.fromString((String) charges.get(0).get("id"));
		// retried, the in-flight ones get the first answer too
		EntityExchangeResult<String> retried = Charges.post(admin.browser(), client, "same-key", body);
		assertThat(retried.getStatus().value()).isEqualTo(201);
		assertThat(retried.getResponseBody()).contains(chargeId.toString());
		assertThat(processorCharges(chargeId)).isEqualTo(1);
		assertThat(kinds(chargeId)).containsExactly("payment.started", "payment.succeeded");
	}

	@Test
	void aKeyReusedForAnotherBodyIsRefusedAndAnotherPracticesKeyIsItsOwn() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("reuse"));
		String card = SandboxCards.addTo(admin.browser(), client, SandboxCards.VISA);
		Map<String, Object> body = Charges.session(admin.accountId(), card);
		String first = Charges.post(admin.browser(), client, "shared", body).getResponseBody();

		EntityExchangeResult<String> other = Charges.post(admin.browser(), client, "shared",
				Charges.with(body, "amountCents", 20_001));
		assertThat(other.getStatus().value()).isEqualTo(422);
		assertThat(other.getResponseBody()).contains("/problems/idempotency-key-reused");
		assertThat(Charges.list(admin.browser(), "/api/clients/{id}/charges", client)).hasSize(1)
			.allSatisfy((charge) -> assertThat(charge).containsEntry("amountCents", 20_000));

		SignedIn otherPractice = Practices.signUp(this.http);
		UUID theirs = Practices.addClient(otherPractice.browser(), Practices.uniqueEmail("theirs"));
		String theirCard = SandboxCards.addTo(otherPractice.browser(), theirs, SandboxCards.VISA);
		EntityExchangeResult<String> own = Charges.post(otherPractice.browser(), theirs, "shared",
				Charges.session(otherPractice.accountId(), theirCard));
		assertThat(own.getStatus().value()).isEqualTo(201);
		assertThat(own.getResponseBody()).doesNotContain(client.toString()).isNotEqualTo(first);
	}

	@Test
	void aMissingTooLongOrControlCharacterKeyIsRefusedBeforeAnyCharge() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("keys"));
		String card = SandboxCards.addTo(admin.browser(), client, SandboxCards.VISA);
		Map<String, Object> body = Charges.session(admin.accountId(), card);
		for (String key : new String[] { null, "k".repeat(256), "bad\tkey", "with space" }) {
			EntityExchangeResult<String> refused = Charges.post(admin.browser(), client, key, body);
			assertThat(refused.getStatus().value()).isEqualTo(400);
			assertThat(refused.getResponseBody()).contains("/problems/idempotency-key-required");
		}
		assertThat(Charges.post(admin.browser(), client, "k".repeat(255), body).getStatus().value()).isEqualTo(201);
		assertThat(Charges.list(admin.browser(), "/api/clients/{id}/charges", client)).hasSize(1);
	}

	@Test
	void aDeclineIsTheAnswerOfItsKeyWhileARefusedRequestLeavesItsKeyFree() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("decline"));
		String declined = SandboxCards.addTo(admin.browser(), client, "4000 0000 0000 0002");
		Map<String, Object> body = Charges.session(admin.accountId(), declined);
		EntityExchangeResult<String> first = Charges.post(admin.browser(), client, "K", body);
		assertThat(first.getStatus().value()).isEqualTo(201);
		assertThat(first.getResponseBody()).contains("\"status\":\"failed\"")
			.contains("\"declineReason\":\"generic_decline\"")
			.contains("do not honor");
		assertThat(Charges.post(admin.browser(), client, "K", body).getResponseBody())
			.isEqualTo(first.getResponseBody());
		UUID chargeId = UUID
			.fromString((String) Charges.list(admin.browser(), "/api/clients/{id}/charges", client).get(0).get("id"));
		assertThat(processorCharges(chargeId)).isEqualTo(1);
		assertThat(entries(chargeId)).isEmpty();
		assertThat(kinds(chargeId)).containsExactly("payment.started", "payment.failed");

		String good = SandboxCards.addTo(admin.browser(), client, SandboxCards.VISA);
		Map<String, Object> wrong = Charges.with(Charges.session(admin.accountId(), good), "lines",
				List.of(Map.of("cpt", "99999", "units", 1)));
		EntityExchangeResult<String> invalid = Charges.post(admin.browser(), client, "L", wrong);
		assertThat(invalid.getStatus().value()).isEqualTo(400);
		assertThat(invalid.getResponseBody()).contains("lines[0].cpt");
		EntityExchangeResult<String> corrected = Charges.post(admin.browser(), client, "L",
				Charges.session(admin.accountId(), good));
		assertThat(corrected.getStatus().value()).isEqualTo(201);
		assertThat(corrected.getResponseBody()).contains("\"status\":\"succeeded\"");
	}

	@Test
	void aRemovedClientAnIneligibleTypeAndAnInsuredNoShowAreRefusedWithoutACharge() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("refused"));
		String card = SandboxCards.addTo(admin.browser(), client, SandboxCards.VISA);
		Map<String, Object> session = Charges.session(admin.accountId(), card);

		EntityExchangeResult<String> oon = Charges.post(admin.browser(), client, "a",
				Charges.with(session, "paymentType", "oon_pay"));
		assertThat(oon.getStatus().value()).isEqualTo(422);
		assertThat(oon.getResponseBody()).contains("/problems/payment-type-not-eligible").contains("no_insurance");

		EntityExchangeResult<String> noShow = Charges.post(admin.browser(), client, "b",
				Charges.with(Charges.with(session, "chargeType", "no_show"), "paymentType", "oon_pay"));
		assertThat(noShow.getStatus().value()).isEqualTo(400);
		assertThat(noShow.getResponseBody()).contains("always Self-Pay");

		EntityExchangeResult<String> staff = Charges.post(admin.browser(), client, "c",
				Charges.with(session, "clinicianId", UUID.randomUUID()));
		assertThat(staff.getStatus().value()).isEqualTo(400);
		assertThat(staff.getResponseBody()).contains("clinicianId");

		admin.browser().delete("/api/clients/{id}", client).expectStatus().is2xxSuccessful();
		EntityExchangeResult<String> removed = Charges.post(admin.browser(), client, "d", session);
		assertThat(removed.getStatus().value()).isEqualTo(409);
		assertThat(removed.getResponseBody()).contains("/problems/client-removed");
		assertThat(Charges.list(admin.browser(), "/api/clients/{id}/charges", client)).isEmpty();
	}

	@Test
	void aSucceededOonPayChargeOwesExactlyOneClaimEvenWhenSentManyTimesAtOnce() throws Exception {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("insured"));
		InsuranceSetup.insure(admin.browser(), client, "aetna", "OONMET-55");
		BenefitFixtures.settled(admin.browser(), client);
		BenefitFixtures.diagnose(admin.browser(), client);
		String card = SandboxCards.addTo(admin.browser(), client, SandboxCards.VISA);
		Map<String, Object> body = Charges.with(Charges.session(admin.accountId(), card), "paymentType", "oon_pay");
		ExecutorService pool = Executors.newFixedThreadPool(DUPLICATES);
		try {
			List<Future<EntityExchangeResult<String>>> answers = new ArrayList<>();
			for (int i = 0; i < DUPLICATES; i++) {
				answers.add(pool.submit(() -> Charges.post(admin.browser(), client, "insured", body)));
			}
			for (Future<EntityExchangeResult<String>> answer : answers) {
				assertThat(answer.get().getStatus().value()).isIn(201, 409);
			}
		}
		finally {
			pool.shutdown();
		}
		List<Map<String, Object>> charges = Charges.settled(admin.browser(), client);
		assertThat(charges).hasSize(1);
		assertThat(charges.get(0)).containsEntry("status", "succeeded")
			.containsEntry("paymentType", "oon_pay")
			.containsEntry("claim", "opened")
			.containsEntry("diagnoses", List.of("F41.1"));
		assertThat(this.database.sql("select count(*) as n from charge where client_id = :c and claim_owed")
			.bind("c", client)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block()).isEqualTo(1);
		assertThat(this.database.sql("select count(*) as n from claim where client_id = :c and charge_id = :charge")
			.bind("c", client)
			.bind("charge", UUID.fromString((String) charges.get(0).get("id")))
			.map((row) -> row.get("n", Long.class))
			.one()
			.block()).as("claims opened for the charge").isEqualTo(1);
	}

	// the benefits summary estimates the client's usual session: the charging profile's
	// fee and CPT, unless asked about another
	@Test
	void theBenefitsEstimateIsForTheChargingProfilesSession() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("usual"));
		InsuranceSetup.insure(admin.browser(), client, "aetna", "OONMET-56");
		BenefitFixtures.settled(admin.browser(), client);
		admin.browser()
			.put("/api/clients/{id}/charging-profile", Map.of("amountCents", 17_500, "cpt", "90834"), client)
			.expectStatus()
			.isOk();
		admin.browser()
			.get("/api/clients/{id}/benefits", client)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.cpt")
			.isEqualTo("90834")
			.jsonPath("$.sessionFee.cents")
			.isEqualTo(17_500);
		admin.browser()
			.get("/api/clients/{id}/benefits?cpt=90837", client)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.cpt")
			.isEqualTo("90837")
			.jsonPath("$.sessionFee.source")
			.isEqualTo("allowed_amount");
	}

	@Test
	void theChargingProfilePreFillsAndThePriceIsTheChargesOwn() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("profile"));
		String path = "/api/clients/{id}/charging-profile";
		admin.browser().get(path, client).expectStatus().isOk().expectBody().json("{}");
		Map<String, Object> profile = Map.of("amountCents", 17_500, "cpt", "90834", "placeOfService", "10",
				"durationMinutes", 45, "clinicianId", admin.accountId().toString());
		admin.browser().put(path, profile, client).expectStatus().isOk();
		admin.browser()
			.get(path, client)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.amountCents")
			.isEqualTo(17_500)
			.jsonPath("$.cpt")
			.isEqualTo("90834")
			.jsonPath("$.placeOfService")
			.isEqualTo("10")
			.jsonPath("$.durationMinutes")
			.isEqualTo(45)
			.jsonPath("$.clinicianId")
			.isEqualTo(admin.accountId().toString());
		admin.browser()
			.put(path,
					Map.of("amountCents", 0, "cpt", "90785", "placeOfService", "99", "clinicianId",
							UUID.randomUUID().toString()),
					client)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat((List<Object>) fields).contains("amountCents"));
		admin.browser()
			.put(path, Map.of("cpt", "90785", "placeOfService", "99", "clinicianId", UUID.randomUUID().toString()),
					client)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat((List<Object>) fields).containsExactlyInAnyOrder("cpt", "placeOfService",
					"clinicianId"));

		admin.browser()
			.get("/api/clients/{id}/charge-price?paymentType=self_pay&amountCents=17500", client)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.clientChargeCents")
			.isEqualTo(17_500)
			.jsonPath("$.processingFeeCents")
			.isEqualTo(525)
			.jsonPath("$.clinicianNetCents")
			.isEqualTo(16_975);
		admin.browser()
			.get("/api/clients/{id}/charge-price?paymentType=superbill&amountCents=17500", client)
			.expectStatus()
			.isBadRequest();
	}

	private long processorCharges(UUID chargeId) {
		return this.database.sql("select count(*) as n from sandbox_charge where idempotency_key = :key")
			.bind("key", "charge-" + chargeId)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private Map<String, Long> entries(UUID chargeId) {
		return this.database.sql("""
				select e.account, e.amount_cents from ledger_entry e join ledger_transaction t using (transaction_id)
				where t.source_id = :charge
				""")
			.bind("charge", chargeId)
			.map((row) -> Map.entry(row.get("account", String.class), row.get("amount_cents", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.block();
	}

	private List<String> kinds(UUID chargeId) {
		return this.database.sql("select kind from event where subject_id = :charge order by position")
			.bind("charge", chargeId)
			.map((row) -> row.get("kind", String.class))
			.all()
			.collectList()
			.block();
	}

}
