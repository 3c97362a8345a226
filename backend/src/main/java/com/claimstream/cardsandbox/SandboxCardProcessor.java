package com.claimstream.cardsandbox;

import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import com.claimstream.payment.BankAccount;
import com.claimstream.payment.CardDetails;
import com.claimstream.payment.CardProcessor;
import com.claimstream.payment.CardProcessorException;
import com.claimstream.payment.CardProcessorException.Failure;
import com.claimstream.payment.ChargeResult;
import com.claimstream.payment.PayoutResult;
import com.claimstream.payment.RefundResult;

/**
 * The sandbox adapter of the card processor port. It works in its own transactions, as a
 * processor is outside Claimstream's: what it applied stays applied whatever the caller
 * rolls back.
 */
@Component
class SandboxCardProcessor implements CardProcessor {

	private final SandboxRepository records;

	private final SandboxFaults faults;

	private final TransactionalOperator ownTransaction;

	private final Clock clock;

	SandboxCardProcessor(SandboxRepository records, SandboxFaults faults, ReactiveTransactionManager transactions,
			Clock clock) {
		this.records = records;
		this.faults = faults;
		this.ownTransaction = TransactionalOperator.create(transactions,
				new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW));
		this.clock = clock;
	}

	/** Checks a typed card and gives its token: the number itself is not kept. */
	Mono<TokenResponse> tokenize(CardEntry entry) {
		return Mono.defer(() -> {
			CardEntry.CheckedCard card = entry.check(YearMonth.now(this.clock));
			TestCards.TestCard test = TestCards.of(card.number());
			String token = id("tok");
			return slowly(this.ownTransaction
				.transactional(this.records.insertToken(token, card, test, this.clock.instant())))
				.thenReturn(new TokenResponse(token, card.brand(), card.last4(), card.expMonth(), card.expYear(),
						test.funding().wire()));
		});
	}

	@Override
	public Mono<CardDetails> card(String token) {
		return slowly(this.ownTransaction.transactional(this.records.findToken(token)))
			.map(SandboxRepository.StoredToken::card);
	}

	@Override
	public Mono<ChargeResult> charge(String token, long amountCents, String idempotencyKey) {
		Mono<Answer<ChargeResult>> applied = this.records.findToken(token)
			.switchIfEmpty(Mono.error(() -> invalid("No such card token")))
			.flatMap((card) -> {
				ChargeResult charge = new ChargeResult(id("ch"), amountCents, card.behaviour().declineReason());
				return this.records.insertCharge(idempotencyKey, token, charge, this.clock.instant())
					.flatMap((stored) -> this.records.findChargeByKey(idempotencyKey).map((found) -> {
						if (!found.token().equals(token) || found.result().amountCents() != amountCents) {
							throw reused(idempotencyKey);
						}
						return new Answer<>(found.result(),
								stored && card.behaviour() == CardBehaviour.SUCCEED_THEN_TIME_OUT);
					}));
			});
		return money(applied);
	}

	@Override
	public Mono<RefundResult> refund(String chargeId, long amountCents, String idempotencyKey) {
		Mono<Answer<RefundResult>> applied = this.records.lockCharge(chargeId)
			.switchIfEmpty(Mono.error(() -> invalid("No such charge")))
			.flatMap((charge) -> this.records.findRefundByKey(idempotencyKey).map((refund) -> {
				if (!refund.chargeId().equals(chargeId) || refund.amountCents() != amountCents) {
					throw reused(idempotencyKey);
				}
				return new Answer<>(refund, false);
			}).switchIfEmpty(Mono.defer(() -> newRefund(charge, amountCents, idempotencyKey))));
		return money(applied.onErrorMap(DataIntegrityViolationException.class, (ex) -> reused(idempotencyKey)));
	}

	@Override
	public Mono<PayoutResult> payout(BankAccount account, long amountCents, String idempotencyKey) {
		PayoutResult payout = new PayoutResult(id("po"), amountCents);
		Mono<Answer<PayoutResult>> applied = this.records
			.insertPayout(idempotencyKey, account, payout, this.clock.instant())
			.then(this.records.findPayoutByKey(idempotencyKey))
			.map((found) -> {
				if (!found.routingNumber().equals(account.routingNumber())
						|| !found.accountLast4().equals(account.last4())
						|| found.result().amountCents() != amountCents) {
					throw reused(idempotencyKey);
				}
				return new Answer<>(found.result(), false);
			});
		return money(applied);
	}

	private Mono<Answer<RefundResult>> newRefund(SandboxRepository.StoredCharge charge, long amountCents,
			String idempotencyKey) {
		ChargeResult paid = charge.result();
		if (!paid.succeeded()) {
			return Mono.error(invalid("Only a succeeded charge can be refunded"));
		}
		return this.records.refundedCents(paid.chargeId()).flatMap((refunded) -> {
			if (amountCents <= 0 || refunded + amountCents > paid.amountCents()) {
				return Mono.error(invalid("A refund cannot exceed what is left of the charge: "
						+ (paid.amountCents() - refunded) + " cents"));
			}
			RefundResult refund = new RefundResult(id("re"), paid.chargeId(), amountCents);
			return this.records.insertRefund(idempotencyKey, refund, this.clock.instant())
				.thenReturn(new Answer<>(refund, false));
		});
	}

	/**
	 * A money request: applied in the sandbox's own transaction, then answered, unless
	 * the card or a fault switch makes the answer time out or fail.
	 */
	private <T> Mono<T> money(Mono<Answer<T>> request) {
		return slowly(this.ownTransaction.transactional(request)).map((answer) -> {
			SandboxFaults.Fault fault = answer.timesOut() ? SandboxFaults.Fault.TIME_OUT : this.faults.draw();
			return switch (fault) {
				case NONE -> answer.result();
				case TIME_OUT ->
					throw new CardProcessorException(Failure.TIMED_OUT, "The card processor did not answer in time");
				case ERROR -> throw new CardProcessorException(Failure.PROCESSOR_ERROR,
						"The card processor answered with an error");
			};
		});
	}

	private <T> Mono<T> slowly(Mono<T> request) {
		return Mono
			.defer(() -> this.faults.slowness().isZero() ? request : Mono.delay(this.faults.slowness()).then(request));
	}

	private static CardProcessorException invalid(String message) {
		return new CardProcessorException(Failure.INVALID_REQUEST, message);
	}

	private static CardProcessorException reused(String key) {
		return invalid("The idempotency key " + key + " was used for another request");
	}

	private static String id(String prefix) {
		return prefix + "_" + UUID.randomUUID().toString().replace("-", "");
	}

	/** What a request applied, and whether its answer times out. */
	private record Answer<T>(T result, boolean timesOut) {
	}

}
