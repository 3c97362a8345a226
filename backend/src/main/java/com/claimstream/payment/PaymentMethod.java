package com.claimstream.payment;

import java.time.Instant;
import java.util.UUID;

/**
 * A client's card as Claimstream keeps it: the processor's token and what screens show.
 */
record PaymentMethod(UUID id, UUID practiceId, UUID clientId, String token, CardDetails card, boolean isDefault,
		Instant createdAt) {

	PaymentMethodView view() {
		return new PaymentMethodView(this.id, this.card.brand(), this.card.last4(), this.card.expMonth(),
				this.card.expYear(), this.card.funding().wire(), this.isDefault, this.createdAt);
	}

}
