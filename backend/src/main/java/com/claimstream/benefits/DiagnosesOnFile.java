package com.claimstream.benefits;

import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * The seam to the coding feature: whether the client has a diagnosis (OON Pay needs one,
 * PRODUCT §9).
 */
interface DiagnosesOnFile {

	Mono<Boolean> hasDiagnosis(UUID practiceId, UUID clientId);

}
