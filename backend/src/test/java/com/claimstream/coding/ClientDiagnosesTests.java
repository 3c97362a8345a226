package com.claimstream.coding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a new diagnosis list records as history. */
class ClientDiagnosesTests {

	@Test
	void removingTheFirstCodeMovesNothingAndMovingOneCodeMovesOnlyIt() {
		assertThat(actions(List.of("A", "B", "C"), List.of("B", "C"))).containsExactly("removed A");
		assertThat(actions(List.of("A", "B", "C"), List.of("C", "A", "B"))).containsExactly("moved C 1");
		assertThat(actions(List.of("A", "B"), List.of("B", "A", "D"))).containsExactly("moved B 1", "added D 3");
		assertThat(actions(List.of("A", "B"), List.of("A", "B"))).isEmpty();
	}

	private static List<String> actions(List<String> before, List<String> after) {
		return ClientDiagnoses.changes(before, after, UUID.randomUUID(), Instant.EPOCH)
			.stream()
			.map((change) -> change.action() + " " + change.code()
					+ ((change.position() != null) ? " " + change.position() : ""))
			.toList();
	}

}
