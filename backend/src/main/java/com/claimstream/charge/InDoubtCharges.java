package com.claimstream.charge;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The in-doubt resolver (ARCHITECTURE §6): takes over the charges whose request stopped
 * working on them (cancelled, crashed, or left with the processor's answer in doubt) once
 * their lease ran out, and carries each to its end by its own key. Safe on several
 * instances: a lease is taken by one of them.
 */
@Component
class InDoubtCharges {

	private static final Log logger = LogFactory.getLog(InDoubtCharges.class);

	private static final int BATCH = 20;

	private final IdempotentRequests requests;

	private final ChargeSettlement settlement;

	InDoubtCharges(IdempotentRequests requests, ChargeSettlement settlement) {
		this.requests = requests;
		this.settlement = settlement;
	}

	Mono<Void> resolve() {
		return this.requests.takeExpired(BATCH)
			.collectList()
			.flatMapMany(Flux::fromIterable)
			.concatMap((chargeId) -> this.settlement.complete(chargeId).onErrorResume((ex) -> {
				logger.warn("Charge " + chargeId + " is still in doubt: " + ex.getMessage());
				return Mono.empty();
			}))
			.then();
	}

}
