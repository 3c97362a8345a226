package com.claimstream.client;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * The clients' default payment methods, as the feature that owns them answers: the client
 * list asks once per page and never reads that feature's tables.
 */
public interface DefaultPaymentMethods {

	/** The default card of each of these clients that has one. */
	Mono<Map<UUID, PaymentMethodSummary>> of(UUID practiceId, Collection<UUID> clientIds);

}
