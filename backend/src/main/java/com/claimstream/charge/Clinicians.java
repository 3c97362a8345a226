package com.claimstream.charge;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import com.claimstream.practice.PracticeService;
import com.claimstream.security.Role;

/**
 * Who may provide a charged session: an active member of the practice who is not staff.
 */
@Component
class Clinicians {

	private final PracticeService practices;

	Clinicians(PracticeService practices) {
		this.practices = practices;
	}

	Mono<Boolean> provides(UUID practiceId, UUID clinicianId) {
		// collected, not any(): a query cancelled half-read would spoil the transaction
		return this.practices.members(practiceId)
			.filter((member) -> member.id().equals(clinicianId) && member.role() != Role.STAFF)
			.collectList()
			.map((members) -> !members.isEmpty());
	}

}
