package com.claimstream.payment;

import org.jspecify.annotations.Nullable;

/**
 * A charge as the processor recorded it: succeeded, or declined with its reason (a
 * declined charge has an id too).
 */
public record ChargeResult(String chargeId, long amountCents, @Nullable DeclineReason declineReason) {

	public boolean succeeded() {
		return this.declineReason == null;
	}

}
