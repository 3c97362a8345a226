package com.claimstream.cardsandbox;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.claimstream.payment.DeclineReason;

/**
 * What charging a test card does, decided by its number at tokenization.
 */
enum CardBehaviour {

	SUCCEED(null), GENERIC_DECLINE(DeclineReason.GENERIC_DECLINE), INSUFFICIENT_FUNDS(DeclineReason.INSUFFICIENT_FUNDS),
	EXPIRED_CARD(DeclineReason.EXPIRED_CARD), INCORRECT_CVC(DeclineReason.INCORRECT_CVC),
	PROCESSING_ERROR(DeclineReason.PROCESSING_ERROR),

	/**
	 * The charge succeeds, but the answer to the request that applied it times out; the
	 * same key again answers the succeeded charge.
	 */
	SUCCEED_THEN_TIME_OUT(null);

	private final @Nullable DeclineReason declineReason;

	CardBehaviour(@Nullable DeclineReason declineReason) {
		this.declineReason = declineReason;
	}

	@Nullable DeclineReason declineReason() {
		return this.declineReason;
	}

	String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	static CardBehaviour of(String wire) {
		return valueOf(wire.toUpperCase(Locale.ROOT));
	}

}
