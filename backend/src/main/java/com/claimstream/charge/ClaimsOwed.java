package com.claimstream.charge;

import reactor.core.publisher.Mono;

/**
 * Told of the claim a charge owes, inside the transaction that settles the charge as
 * succeeded (so a claim is owed if and only if the charge succeeded). Implemented by the
 * claims feature, which opens the claim, once per charge id however often it is told.
 */
public interface ClaimsOwed {

	Mono<Void> owed(OwedClaim claim);

}
