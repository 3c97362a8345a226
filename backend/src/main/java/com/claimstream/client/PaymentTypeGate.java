package com.claimstream.client;

import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * The rule deciding whether a client may have a payment type (PRODUCT §9), implemented by
 * the benefits feature so the client record never depends on it: completes empty when
 * allowed, with a 422 problem naming the reasons otherwise.
 */
public interface PaymentTypeGate {

	Mono<Void> requireEligible(UUID practiceId, UUID clientId, PaymentType type);

}
