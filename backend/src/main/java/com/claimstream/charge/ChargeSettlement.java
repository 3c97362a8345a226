package com.claimstream.charge;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import com.claimstream.client.ClientDirectory;
import com.claimstream.payment.CardProcessor;
import com.claimstream.payment.CardProcessorException;
import com.claimstream.payment.ChargeableCards;
import com.claimstream.payment.DeclineReason;
import com.claimstream.payment.Ledger;
import com.claimstream.payment.LedgerTransaction;
import com.claimstream.stream.EventLog;
import com.claimstream.stream.NewEvent;

/**
 * Carries a started charge (committed in {@code processing}, the recovery point) to its
 * end: asks the card processor with the charge's own idempotency key, as often as it
 * takes, then settles the charge with its ledger transaction, event, owed claim and kept
 * answer in one transaction. Whoever carries a charge on (the request, its retry, the
 * in-doubt resolver) does the same: the processor charges once, the first settler wins.
 */
@Service
class ChargeSettlement {

	private static final int PROCESSOR_ATTEMPTS = 3;

	private final ChargeRepository charges;

	private final IdempotentRequests requests;

	private final ChargeableCards cards;

	private final CardProcessor processor;

	private final Ledger ledger;

	private final ClientDirectory clients;

	private final EventLog events;

	private final List<ClaimsOwed> claims;

	private final OwnTransactions transaction;

	private final JsonMapper json;

	private final Clock clock;

	ChargeSettlement(ChargeRepository charges, IdempotentRequests requests, ChargeableCards cards,
			CardProcessor processor, Ledger ledger, ClientDirectory clients, EventLog events, List<ClaimsOwed> claims,
			OwnTransactions transaction, JsonMapper json, Clock clock) {
		this.charges = charges;
		this.requests = requests;
		this.cards = cards;
		this.processor = processor;
		this.ledger = ledger;
		this.clients = clients;
		this.events = events;
		this.transaction = transaction;
		this.claims = claims;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The charge's final answer (201), or 202 with the charge still processing when the
	 * processor's answer stays in doubt (the resolver finishes it). Runs to its end even
	 * when the caller cancels: a browser that goes away does not stop a charge half-way.
	 */
	Mono<ChargeAnswer> complete(UUID chargeId) {
		return detached(this.charges.find(chargeId)
			.flatMap((charge) -> (charge.status() != ChargeStatus.PROCESSING) ? this.requests.answer(chargeId)
					: process(charge)));
	}

	/** The same for a charge this request just started. */
	Mono<ChargeAnswer> complete(Charge started) {
		return detached(process(started));
	}

	private static Mono<ChargeAnswer> detached(Mono<ChargeAnswer> work) {
		return Mono.defer(() -> Mono.fromFuture(work.toFuture(), true));
	}

	private Mono<ChargeAnswer> process(Charge charge) {
		return this.cards.started(charge.practiceId(), charge.clientId(), charge.paymentMethodId())

			.flatMap((card) -> this.processor.charge(card.token(), charge.price().clientChargeCents(),
					charge.processorKey()))
			.retryWhen(Retry.backoff(PROCESSOR_ATTEMPTS - 1, Duration.ofMillis(50))
				.filter(ChargeSettlement::inDoubt)
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()))
			.flatMap((result) -> settle(charge.id(), result.chargeId(), result.declineReason()))
			// the processor refused the request itself: nothing was charged
			.onErrorResume((ex) -> ex instanceof CardProcessorException && !inDoubt(ex),
					(ex) -> settle(charge.id(), null, DeclineReason.PROCESSING_ERROR))
			.onErrorResume(ChargeSettlement::inDoubt,
					(ex) -> this.requests.release(charge.id()).thenReturn(answer(HttpStatus.ACCEPTED, charge)));
	}

	private Mono<ChargeAnswer> settle(UUID chargeId, @Nullable String processorChargeId,
			@Nullable DeclineReason decline) {
		return this.transaction
			.committed(this.charges.settle(chargeId, processorChargeId, decline, this.clock.instant())
				.flatMap((settled) -> record(settled).then(Mono.fromCallable(() -> answer(HttpStatus.CREATED, settled)))
					.flatMap((answer) -> this.requests.finish(chargeId, answer).thenReturn(answer)))
				.switchIfEmpty(Mono.defer(() -> this.requests.answer(chargeId))));
	}

	/** The settled charge's ledger transaction, owed claim and event. */
	private Mono<Void> record(Charge charge) {
		Mono<Void> money = (charge.status() == ChargeStatus.SUCCEEDED)
				? this.ledger.record(LedgerTransaction.chargePayment(charge.practiceId(), charge.id(), charge.price()))
				: Mono.empty();
		return money.then(charge.claimOwed() ? claimOwed(charge) : Mono.empty())
			.then(this.clients.find(charge.practiceId(), charge.clientId()))
			.flatMap((client) -> this.events.append(new NewEvent("payment." + charge.status().wire(),
					charge.practiceId(), client.audience(), "charge", charge.id(), eventData(charge))));
	}

	/**
	 * THE place a succeeded insured charge owes its one claim: the charge row's
	 * {@code claim_owed} is set by the same update, and the claims feature, once it
	 * implements {@link ClaimsOwed}, opens the claim here in the same transaction.
	 */
	private Mono<Void> claimOwed(Charge charge) {
		OwedClaim claim = charge.owedClaim();
		return Flux.fromIterable(this.claims).concatMap((owed) -> owed.owed(claim)).then();
	}

	static Map<String, Object> eventData(Charge charge) {
		return Map.of("clientId", charge.clientId(), "chargeId", charge.id(), "status", charge.status().wire(),
				"clientChargeCents", charge.price().clientChargeCents());
	}

	private ChargeAnswer answer(HttpStatus status, Charge charge) {
		return new ChargeAnswer(status.value(), this.json.writeValueAsString(charge.view(true)));
	}

	private static boolean inDoubt(Throwable ex) {
		return ex instanceof CardProcessorException failure && failure.inDoubt();
	}

}
