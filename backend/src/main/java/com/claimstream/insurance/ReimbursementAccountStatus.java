package com.claimstream.insurance;

import org.jspecify.annotations.Nullable;

/**
 * Whether a client's reimbursement account is on file, by its last four digits only: all
 * the practice ever sees of it.
 */
record ReimbursementAccountStatus(boolean onFile, @Nullable String accountLast4) {

	static ReimbursementAccountStatus missing() {
		return new ReimbursementAccountStatus(false, null);
	}

}
