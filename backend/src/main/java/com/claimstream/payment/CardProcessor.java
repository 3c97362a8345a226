package com.claimstream.payment;

import reactor.core.publisher.Mono;

/**
 * The card processor (ARCHITECTURE §7). Tokenizing is the processor's own business,
 * between the browser and its endpoint; Claimstream sends it tokens, charge ids and
 * idempotency keys only. Every money operation is idempotent by its key: the same key
 * again answers the first result and moves no money twice. A
 * {@link CardProcessorException} that is {@linkplain CardProcessorException#inDoubt() in
 * doubt} may have been applied: ask again with the same key to learn the outcome.
 */
public interface CardProcessor {

	/** The card a token stands for; empty when the processor does not know the token. */
	Mono<CardDetails> card(String token);

	/**
	 * Charges the card; a declined charge is a result (with its reason), not an error.
	 */
	Mono<ChargeResult> charge(String token, long amountCents, String idempotencyKey);

	/** Refunds (part of) a succeeded charge to its own card. */
	Mono<RefundResult> refund(String chargeId, long amountCents, String idempotencyKey);

	/** Sends money to a bank account. */
	Mono<PayoutResult> payout(BankAccount account, long amountCents, String idempotencyKey);

}
