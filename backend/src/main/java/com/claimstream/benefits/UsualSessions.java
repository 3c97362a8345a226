package com.claimstream.benefits;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import com.claimstream.client.ClientRef;

/**
 * The client's usual session as the practice charges it (its charging profile): what the
 * benefits summary estimates for unless asked about another service or fee. Implemented
 * by the charges feature.
 */
public interface UsualSessions {

	/** The client's usual session; a part the practice has not set is null. */
	Mono<UsualSession> of(ClientRef client);

	record UsualSession(@Nullable String cpt, @Nullable Long feeCents) {

	}

}
