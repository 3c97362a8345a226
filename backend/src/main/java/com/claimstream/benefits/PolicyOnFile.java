package com.claimstream.benefits;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A client's primary insurance policy as benefit checks and eligibility read it.
 *
 * @param claimstreamPay whether the payer supports Claimstream Pay
 * @param cardImages whether both sides of the card are on file (manual verification)
 */
record PolicyOnFile(UUID policyId, String payerId, String payerName, boolean claimstreamPay, String memberId,
		String subscriberFirstName, String subscriberLastName, @Nullable LocalDate subscriberDateOfBirth,
		boolean cardImages) {

}
