package com.claimstream.banking;

import org.jspecify.annotations.Nullable;

/**
 * A new payout account. Checked by {@link com.claimstream.common.BankAccountNumbers} (one
 * message per field); never printed whole, so it cannot reach a log.
 */
record PayoutAccountRequest(@Nullable String routingNumber, @Nullable String accountNumber) {

	@Override
	public String toString() {
		return "PayoutAccountRequest[routingNumber=…, accountNumber=…]";
	}

}
