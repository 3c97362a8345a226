package com.claimstream.benefits;

import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * The seam to the insurance feature: the client's primary policy, empty when none is on
 * file.
 */
interface InsuranceOnFile {

	Mono<PolicyOnFile> primary(UUID practiceId, UUID clientId);

}
