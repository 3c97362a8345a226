package com.claimstream.charge;

import reactor.core.publisher.Mono;

/**
 * Told of the claim a charge owes, inside the transaction that settles the charge as
 * succeeded (so a claim is owed if and only if the charge succeeded). Implemented by the
 * claims feature (its {@code open(chargeId, ...)}, idempotent by the charge id); until
 * then no implementation exists and the charge's {@code claim_owed} mark shows the claim
 * as awaiting generation.
 */
public interface ClaimsOwed {

	Mono<Void> owed(OwedClaim claim);

}
