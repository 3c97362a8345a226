package com.claimstream.charge;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.cardsandbox.SandboxFaults;
import com.claimstream.support.ApiTest;
import com.claimstream.support.LedgerInvariants;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;
import com.claimstream.support.SandboxCards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Charges whose processor answer is in doubt or whose request went away (RELIABILITY
 * PAY-06 to PAY-08, ADR 0020): never a processor charge without its ledger transaction,
 * never two; the resolver or a retry with the same key finishes each one.
 */
@ApiTest
class ChargeRecoveryTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient database;

	@Autowired
	SandboxFaults faults;

	@AfterEach
	void healthySandboxAndLedger() {
		this.faults.reset();
		LedgerInvariants.verify(this.database);
	}

	@Test
	void aChargeThatSucceedsButTimesOutIsAskedAgainAndSettledOnce() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("timeout-card"));
		String card = SandboxCards.addTo(admin.browser(), client, "4000 0000 0000 3220");
		EntityExchangeResult<String> answer = Charges.post(admin.browser(), client, "t",
				Charges.session(admin.accountId(), card));
		assertThat(answer.getStatus().value()).isEqualTo(201);
		assertThat(answer.getResponseBody()).contains("\"status\":\"succeeded\"");
		assertThat(processorCharges(client)).isEqualTo(1);
	}

	@Test
	void anAnswerStillInDoubtIsAcceptedAsProcessingThenTheResolverSettlesIt() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("in-doubt"));
		String card = SandboxCards.addTo(admin.browser(), client, SandboxCards.VISA);
		Map<String, Object> body = Charges.session(admin.accountId(), card);
		this.faults.timeoutAfterApplying(1.0);
		EntityExchangeResult<String> accepted = Charges.post(admin.browser(), client, "doubt", body);
		assertThat(accepted.getStatus().value()).isEqualTo(202);
		assertThat(accepted.getResponseBody()).contains("\"status\":\"processing\"");
		this.faults.reset();

		List<Map<String, Object>> charges = Charges.settled(admin.browser(), client);
		assertThat(charges).hasSize(1).allSatisfy((charge) -> assertThat(charge).containsEntry("status", "succeeded"));
		assertThat(processorCharges(client)).isEqualTo(1);
		EntityExchangeResult<String> retry = Charges.post(admin.browser(), client, "doubt", body);
		assertThat(retry.getStatus().value()).isEqualTo(201);
		assertThat(retry.getResponseBody()).contains("\"status\":\"succeeded\"")
			.contains((String) charges.get(0).get("id"));
	}

	@Test
	void aRequestTheBrowserCancelsStillEndsWithOneChargeAndItsLedgerTransaction() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("cancelled"));
		String card = SandboxCards.addTo(admin.browser(), client, SandboxCards.VISA);
		Map<String, Object> body = Charges.session(admin.accountId(), card);
		this.faults.slowness(Duration.ofMillis(1500));
		WebTestClient impatient = admin.browser().http().mutate().responseTimeout(Duration.ofMillis(700)).build();
		assertThatException().isThrownBy(() -> impatient.post()
			.uri("/api/clients/{id}/charges", client)
			.header("Idempotency-Key", "gone")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange());
		this.faults.reset();

		EntityExchangeResult<String> retry = Charges.post(admin.browser(), client, "gone", body);
		while (retry.getStatus().value() == 409) {
			retry = Charges.post(admin.browser(), client, "gone", body);
		}
		assertThat(retry.getStatus().value()).isEqualTo(201);
		assertThat(Charges.settled(admin.browser(), client)).hasSize(1);
		assertThat(processorCharges(client)).isEqualTo(1);
	}

	@Test
	void processorErrorsAfterChargingNeverLoseNorDoubleACharge() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("errors"));
		String card = SandboxCards.addTo(admin.browser(), client, SandboxCards.VISA);
		Map<String, Object> body = Charges.session(admin.accountId(), card);
		this.faults.errorAfterApplying(0.5);
		this.faults.timeoutAfterApplying(0.2);
		for (int i = 0; i < 20; i++) {
			assertThat(Charges.post(admin.browser(), client, "many-" + i, body).getStatus().value()).isIn(201, 202);
		}
		this.faults.reset();
		List<Map<String, Object>> charges = Charges.settled(admin.browser(), client);
		assertThat(charges).hasSize(20).allSatisfy((charge) -> assertThat(charge).containsEntry("status", "succeeded"));
		assertThat(processorCharges(client)).isEqualTo(20);
	}

	/** The processor's charges for the client's charges, by their keys. */
	private long processorCharges(UUID clientId) {
		return this.database.sql("""
				select count(*) as n from sandbox_charge s join charge c on s.idempotency_key = 'charge-' || c.charge_id
				where c.client_id = :client
				""").bind("client", clientId).map((row) -> row.get("n", Long.class)).one().block();
	}

}
