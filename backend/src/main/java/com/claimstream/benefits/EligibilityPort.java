package com.claimstream.benefits;

import reactor.core.publisher.Mono;

/**
 * The eligibility system (ARCHITECTURE §7): answers a benefit inquiry with X12 270/271
 * semantics. The sandbox ({@code benefits.sandbox}) is the default adapter; a
 * clearinghouse API is the real one. An adapter answers every inquiry it could send,
 * rejections included; an error or no answer in time is a failed check too.
 */
public interface EligibilityPort {

	Mono<EligibilityResponse> inquire(EligibilityRequest request);

}
