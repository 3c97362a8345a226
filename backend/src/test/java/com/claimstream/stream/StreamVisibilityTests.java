package com.claimstream.stream;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visibility rule itself, for every role and kind of audience (STR-03, TEN-08,
 * TEN-09), and the invariant fan-out relies on: a principal shares at most one key with
 * an event, so it is offered each event once.
 */
class StreamVisibilityTests {

	private final UUID practiceId = UUID.randomUUID();

	private final UUID otherPracticeId = UUID.randomUUID();

	private final CurrentPrincipal admin = member(Role.PRACTICE_ADMIN, this.practiceId);

	private final CurrentPrincipal staff = member(Role.STAFF, this.practiceId);

	private final CurrentPrincipal assigned = member(Role.CLINICIAN, this.practiceId);

	private final CurrentPrincipal colleague = member(Role.CLINICIAN, this.practiceId);

	private final CurrentPrincipal client = new CurrentPrincipal(UUID.randomUUID(), UUID.randomUUID(), Role.CLIENT,
			null, "Client", "client@example.com");

	private final CurrentPrincipal otherAdmin = member(Role.PRACTICE_ADMIN, this.otherPracticeId);

	private final List<CurrentPrincipal> everyone = List.of(this.admin, this.staff, this.assigned, this.colleague,
			this.client, this.otherAdmin);

	@Test
	void eachAudienceReachesExactlyItsPrincipals() {
		UUID clientId = UUID.randomUUID();
		Map<Audience, List<CurrentPrincipal>> expected = Map.of(Audience.everyMember(),
				List.of(this.admin, this.staff, this.assigned, this.colleague), Audience.administrators(),
				List.of(this.admin), Audience.client(clientId, this.assigned.accountId()),
				List.of(this.admin, this.staff, this.assigned),
				Audience.client(clientId, this.assigned.accountId()).andClientAccount(this.client.accountId()),
				List.of(this.admin, this.staff, this.assigned, this.client), Audience.client(clientId, null),
				List.of(this.admin, this.staff));
		expected.forEach((audience, seeing) -> {
			StreamEvent event = event(audience);
			assertThat(this.everyone.stream().filter((principal) -> Visibility.sees(principal, event)))
				.as(audience.toString())
				.containsExactlyInAnyOrderElementsOf(seeing);
		});
	}

	@Test
	void aPrincipalSharesAtMostOneKeyWithAnyEvent() {
		UUID clientId = UUID.randomUUID();
		List<Audience> audiences = List.of(Audience.everyMember(), Audience.administrators(),
				Audience.client(clientId, this.assigned.accountId()).andClientAccount(this.client.accountId()),
				Audience.client(clientId, null).andClientAccount(this.client.accountId()),
				Audience.everyMember().andClientAccount(this.client.accountId()));
		for (Audience audience : audiences) {
			List<Visibility.Key> eventKeys = Visibility.of(this.practiceId, audience);
			for (CurrentPrincipal principal : this.everyone) {
				assertThat(Visibility.of(principal).stream().filter(eventKeys::contains).count())
					.as(principal.role() + " / " + audience)
					.isLessThanOrEqualTo(1);
			}
		}
	}

	private StreamEvent event(Audience audience) {
		return new StreamEvent(new Cursor(1, 1), Visibility.of(this.practiceId, audience), Instant.now(), new byte[0]);
	}

	private static CurrentPrincipal member(Role role, UUID practiceId) {
		return new CurrentPrincipal(UUID.randomUUID(), UUID.randomUUID(), role, practiceId, "Member",
				"member@example.com");
	}

}
