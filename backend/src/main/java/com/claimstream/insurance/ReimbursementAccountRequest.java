package com.claimstream.insurance;

import org.jspecify.annotations.Nullable;

/**
 * A new reimbursement account. Checked by
 * {@link com.claimstream.common.BankAccountNumbers}; never printed whole, so it cannot
 * reach a log.
 */
record ReimbursementAccountRequest(@Nullable String routingNumber, @Nullable String accountNumber) {

	@Override
	public String toString() {
		return "ReimbursementAccountRequest[routingNumber=…, accountNumber=…]";
	}

}
