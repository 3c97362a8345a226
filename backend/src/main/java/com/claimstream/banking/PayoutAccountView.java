package com.claimstream.banking;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The payout account as the API shows it: the account number only by its last four
 * digits. {@code configured} is false until an administrator enters one.
 */
record PayoutAccountView(boolean configured, @Nullable String routingNumber, @Nullable String accountLast4,
		String accountType, @Nullable Instant updatedAt) {

	static final String CHECKING = "checking";

	static PayoutAccountView none() {
		return new PayoutAccountView(false, null, null, CHECKING, null);
	}

}
