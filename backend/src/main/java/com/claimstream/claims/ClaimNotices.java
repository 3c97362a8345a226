package com.claimstream.claims;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import com.claimstream.client.ClientRef;
import com.claimstream.stream.EventLog;
import com.claimstream.stream.NewEvent;

/**
 * Each step of a claim's timeline told live (PRODUCT §17): an event {@code claim.<step>}
 * to the practice members who see the client and to the client, with ids, the status and
 * the claim number only.
 */
@Component
class ClaimNotices {

	private final EventLog events;

	ClaimNotices(EventLog events) {
		this.events = events;
	}

	Mono<Void> moved(ClientRef client, Claim claim, String step, ClaimStatus status) {
		return this.events.append(new NewEvent("claim." + step, client.practiceId(), client.audience(), "claim",
				claim.id(), Map.of("clientId", client.clientId(), "claimId", claim.id(), "claimNumber",
						claim.claimNumber(), "step", step, "status", status.wire())));
	}

}
