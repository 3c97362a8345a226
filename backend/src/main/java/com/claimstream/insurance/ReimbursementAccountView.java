package com.claimstream.insurance;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The client's reimbursement account as the portal shows it to the client: the account
 * number only by its last four digits. There is no route that offers it as a way to pay:
 * it only receives reimbursements (PRODUCT §6).
 */
record ReimbursementAccountView(boolean onFile, @Nullable String routingNumber, @Nullable String accountLast4,
		@Nullable Instant updatedAt) {

	static ReimbursementAccountView none() {
		return new ReimbursementAccountView(false, null, null, null);
	}

	ReimbursementAccountStatus status() {
		return new ReimbursementAccountStatus(this.onFile, this.accountLast4);
	}

}
