package com.claimstream.stream;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import com.claimstream.security.CurrentPrincipal;

/**
 * The one rule of who sees which event, for live fan-out and replay alike (STR-03,
 * TEN-08, TEN-09). Both sides are reduced to {@link Key}s, groups of principals that see
 * the same events: a principal sees an event when they share a key. Fan-out indexes
 * subscribers by key, so an event costs its keys (at most four) plus its recipients.
 * <p>
 * A principal and an event share at most one key (a clinician's two keys are never both
 * on one event: a practice-wide event names all clinicians, an event about a client only
 * its clinician), so fan-out offers each event to each recipient once.
 */
final class Visibility {

	/** Who a key stands for. */
	enum Group {

		/** The administrators of the practice {@code id}. */
		ADMINISTRATORS,

		/** The staff of the practice {@code id}. */
		STAFF,

		/** Every clinician of the practice {@code id}. */
		CLINICIANS,

		/** The clinician whose account is {@code id}. */
		CLINICIAN,

		/** The client or contact account {@code id}. */
		CLIENT_ACCOUNT

	}

	record Key(Group group, UUID id) {
	}

	private Visibility() {
	}

	/** The keys a principal's subscriber is indexed under. */
	static List<Key> of(CurrentPrincipal principal) {
		return switch (principal.role()) {
			case PRACTICE_ADMIN -> List.of(new Key(Group.ADMINISTRATORS, principal.requirePracticeId()));
			case STAFF -> List.of(new Key(Group.STAFF, principal.requirePracticeId()));
			case CLINICIAN -> List.of(new Key(Group.CLINICIANS, principal.requirePracticeId()),
					new Key(Group.CLINICIAN, principal.accountId()));
			case CLIENT -> List.of(new Key(Group.CLIENT_ACCOUNT, principal.accountId()));
		};
	}

	/** The keys an event of {@code practiceId} is offered to. */
	static List<Key> of(UUID practiceId, Audience audience) {
		List<Key> keys = new ArrayList<>(4);
		keys.add(new Key(Group.ADMINISTRATORS, practiceId));
		if (!audience.administratorsOnly()) {
			keys.add(new Key(Group.STAFF, practiceId));
			if (audience.clientId() == null) {
				keys.add(new Key(Group.CLINICIANS, practiceId));
			}
			else if (audience.clinicianAccountId() != null) {
				keys.add(new Key(Group.CLINICIAN, audience.clinicianAccountId()));
			}
		}
		if (audience.clientAccountId() != null) {
			keys.add(new Key(Group.CLIENT_ACCOUNT, audience.clientAccountId()));
		}
		return List.copyOf(keys);
	}

	static boolean sees(CurrentPrincipal principal, StreamEvent event) {
		return !Collections.disjoint(of(principal), event.audience());
	}

}
