package com.claimstream.cardsandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.payment.BankAccount;
import com.claimstream.payment.CardProcessor;
import com.claimstream.payment.CardProcessorException;
import com.claimstream.payment.CardProcessorException.Failure;
import com.claimstream.payment.ChargeResult;
import com.claimstream.payment.DeclineReason;
import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.SandboxCards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sandbox through the card processor port: PAY-10 (each documented test card yields
 * its documented outcome and decline reason), idempotency by key, refunds and payouts,
 * and the fault switches.
 */
@ApiTest
class SandboxCardProcessorTests {

	/** docs/sandbox-cards.md: number → decline reason (null: the charge succeeds). */
	private static final Map<String, @Nullable DeclineReason> CATALOGUE = new LinkedHashMap<>();

	static {
		CATALOGUE.put("4242 4242 4242 4242", null);
		CATALOGUE.put("5555 5555 5555 4444", null);
		CATALOGUE.put("3782 822463 10005", null);
		CATALOGUE.put("4000 0566 5566 5556", null);
		CATALOGUE.put("5200 8282 8282 8210", null);
		CATALOGUE.put("6011 1111 1111 1117", null);
		CATALOGUE.put("4000 0000 0000 0002", DeclineReason.GENERIC_DECLINE);
		CATALOGUE.put("4000 0000 0000 9995", DeclineReason.INSUFFICIENT_FUNDS);
		CATALOGUE.put("4000 0000 0000 0069", DeclineReason.EXPIRED_CARD);
		CATALOGUE.put("4000 0000 0000 0127", DeclineReason.INCORRECT_CVC);
		CATALOGUE.put("4000 0000 0000 0119", DeclineReason.PROCESSING_ERROR);
	}

	@Autowired
	WebTestClient http;

	@Autowired
	CardProcessor processor;

	@Autowired
	SandboxFaults faults;

	@Autowired
	DatabaseClient database;

	@Autowired
	ReactiveTransactionManager transactions;

	@AfterEach
	void healthySandbox() {
		this.faults.reset();
	}

	@Test
	void eachDocumentedCardYieldsItsDocumentedOutcome() {
		Browser browser = new Browser(this.http);
		CATALOGUE.forEach((number, reason) -> {
			ChargeResult charge = this.processor
				.charge(SandboxCards.token(browser, number), 12_345, UUID.randomUUID().toString())
				.block();
			assertThat(charge.declineReason()).as(number).isEqualTo(reason);
			assertThat(charge.succeeded()).as(number).isEqualTo(reason == null);
			assertThat(charge.amountCents()).isEqualTo(12_345);
			assertThat(status(charge.chargeId())).as(number).isEqualTo((reason == null) ? "succeeded" : "failed");
		});
	}

	@Test
	void theTimeoutCardAppliesTheChargeThenTimesOutAndTheSameKeyAnswersIt() {
		String token = SandboxCards.token(new Browser(this.http), "4000 0000 0000 3220");
		String key = UUID.randomUUID().toString();
		assertThatThrownBy(() -> this.processor.charge(token, 5_000, key).block())
			.isInstanceOfSatisfying(CardProcessorException.class, (ex) -> {
				assertThat(ex.failure()).isEqualTo(Failure.TIMED_OUT);
				assertThat(ex.inDoubt()).isTrue();
			});
		assertThat(chargesWithKey(key)).isEqualTo(1);
		ChargeResult retried = this.processor.charge(token, 5_000, key).block();
		assertThat(retried.succeeded()).isTrue();
		assertThat(chargesWithKey(key)).isEqualTo(1);
	}

	@Test
	void theSameKeyTwiceIsOneChargeEvenConcurrently() {
		String token = SandboxCards.token(new Browser(this.http));
		String key = UUID.randomUUID().toString();
		List<String> ids = Flux.range(0, 8)
			.flatMap((i) -> this.processor.charge(token, 2_500, key))
			.map(ChargeResult::chargeId)
			.collectList()
			.block();
		assertThat(ids).hasSize(8).containsOnly(ids.get(0));
		assertThat(chargesWithKey(key)).isEqualTo(1);
		// the same key for another amount is refused and applies nothing
		assertThatThrownBy(() -> this.processor.charge(token, 9_999, key).block()).isInstanceOfSatisfying(
				CardProcessorException.class, (ex) -> assertThat(ex.failure()).isEqualTo(Failure.INVALID_REQUEST));
		assertThat(chargesWithKey(key)).isEqualTo(1);
	}

	@Test
	void refundsGoBackToTheChargeNeverAboveItAndAreIdempotent() {
		String token = SandboxCards.token(new Browser(this.http));
		ChargeResult charge = this.processor.charge(token, 10_000, UUID.randomUUID().toString()).block();
		String key = UUID.randomUUID().toString();
		String first = this.processor.refund(charge.chargeId(), 6_000, key).block().refundId();
		assertThat(this.processor.refund(charge.chargeId(), 6_000, key).block().refundId()).isEqualTo(first);
		assertThatThrownBy(() -> this.processor.refund(charge.chargeId(), 4_001, UUID.randomUUID().toString()).block())
			.isInstanceOfSatisfying(CardProcessorException.class,
					(ex) -> assertThat(ex.failure()).isEqualTo(Failure.INVALID_REQUEST));
		assertThat(this.processor.refund(charge.chargeId(), 4_000, UUID.randomUUID().toString()).block().amountCents())
			.isEqualTo(4_000);
		assertThat(count("select count(*) from sandbox_refund where charge_id = '" + charge.chargeId() + "'"))
			.isEqualTo(2);
		ChargeResult declined = this.processor
			.charge(SandboxCards.token(new Browser(this.http), "4000 0000 0000 0002"), 1_000,
					UUID.randomUUID().toString())
			.block();
		assertThatThrownBy(
				() -> this.processor.refund(declined.chargeId(), 1_000, UUID.randomUUID().toString()).block())
			.isInstanceOf(CardProcessorException.class);
	}

	@Test
	void payoutsAreIdempotentAndKeepOnlyTheAccountsLastFour() {
		BankAccount account = new BankAccount("021000021", "000123456789");
		String key = UUID.randomUUID().toString();
		String id = this.processor.payout(account, 77_700, key).block().payoutId();
		assertThat(this.processor.payout(account, 77_700, key).block().payoutId()).isEqualTo(id);
		assertThat(count("select count(*) from sandbox_payout where idempotency_key = '" + key + "'")).isEqualTo(1);
		assertThat(
				count("select count(*) from sandbox_payout where account_last4 = '6789' and payout_id = '" + id + "'"))
			.isEqualTo(1);
	}

	@Test
	void faultSwitchesApplyTheRequestThenFailItsAnswer() {
		String token = SandboxCards.token(new Browser(this.http));
		this.faults.errorAfterApplying(1);
		String key = UUID.randomUUID().toString();
		assertThatThrownBy(() -> this.processor.charge(token, 1_000, key).block()).isInstanceOfSatisfying(
				CardProcessorException.class, (ex) -> assertThat(ex.failure()).isEqualTo(Failure.PROCESSOR_ERROR));
		assertThat(chargesWithKey(key)).isEqualTo(1);

		this.faults.reset();
		this.faults.timeoutAfterApplying(0.1);
		long timedOut = Flux.range(0, 200)
			.concatMap((i) -> this.processor.charge(token, 100, UUID.randomUUID().toString())
				.map((charge) -> false)
				.onErrorResume(CardProcessorException.class, (ex) -> Mono.just(true)))
			.filter((failed) -> failed)
			.count()
			.block();
		assertThat(timedOut).isBetween(5L, 40L);

		this.faults.reset();
		this.faults.slowness(Duration.ofMillis(300));
		long started = System.nanoTime();
		this.processor.charge(token, 100, UUID.randomUUID().toString()).block();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void aChargeStaysRecordedWhenTheCallersTransactionRollsBack() {
		String token = SandboxCards.token(new Browser(this.http));
		String key = UUID.randomUUID().toString();
		TransactionalOperator transaction = TransactionalOperator.create(this.transactions);
		assertThatThrownBy(() -> transaction
			.transactional(this.processor.charge(token, 1_000, key)
				.then(Mono.error(new IllegalStateException("the caller fails after the charge"))))
			.block()).hasMessageContaining("the caller fails");
		assertThat(chargesWithKey(key)).isEqualTo(1);
	}

	private long chargesWithKey(String key) {
		return count("select count(*) from sandbox_charge where idempotency_key = '" + key + "'");
	}

	private String status(String chargeId) {
		return this.database.sql("select status from sandbox_charge where charge_id = :id")
			.bind("id", chargeId)
			.map((row) -> row.get(0, String.class))
			.one()
			.block();
	}

	private long count(String sql) {
		return this.database.sql(sql).map((row) -> row.get(0, Long.class)).one().block();
	}

}
