package com.claimstream.benefits;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

import static com.claimstream.benefits.BenefitCheckStatus.COMPLETE;
import static com.claimstream.benefits.BenefitCheckStatus.FAILED;
import static com.claimstream.benefits.BenefitCheckStatus.INCOMPLETE;
import static com.claimstream.benefits.BenefitCheckStatus.MANUAL_REQUESTED;
import static com.claimstream.benefits.BenefitCheckStatus.RUNNING;
import static com.claimstream.benefits.BenefitCheckStatus.UNVERIFIABLE;
import static com.claimstream.benefits.BenefitCheckStatus.VERIFIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenefitCheckStatusTests {

	/** PRODUCT §7, written out once more by hand. */
	private static final Set<List<BenefitCheckStatus>> ALLOWED = Set.of(List.of(RUNNING, COMPLETE),
			List.of(RUNNING, INCOMPLETE), List.of(RUNNING, FAILED), List.of(INCOMPLETE, MANUAL_REQUESTED),
			List.of(FAILED, MANUAL_REQUESTED), List.of(MANUAL_REQUESTED, VERIFIED),
			List.of(MANUAL_REQUESTED, UNVERIFIABLE));

	@Test
	void everyMoveOfTheProductIsAllowedAndNoOther() {
		for (BenefitCheckStatus from : BenefitCheckStatus.values()) {
			for (BenefitCheckStatus to : BenefitCheckStatus.values()) {
				assertThat(from.canMoveTo(to)).as(from + " → " + to).isEqualTo(ALLOWED.contains(List.of(from, to)));
			}
		}
	}

	@Test
	void anIllegalMoveIsAConflictNamingTheState() {
		assertThatThrownBy(() -> COMPLETE.moveTo(VERIFIED)).isInstanceOfSatisfying(ProblemException.class, (ex) -> {
			assertThat(ex.problem()).isEqualTo(Problem.ILLEGAL_TRANSITION);
			assertThat(ex.problem().status().value()).isEqualTo(409);
			assertThat(ex.properties()).containsEntry("status", "complete");
		});
	}

	@Test
	void onlyCompleteAndVerifiedChecksAreUsable() {
		assertThat(EnumSet.allOf(BenefitCheckStatus.class).stream().filter(BenefitCheckStatus::usable))
			.containsExactlyInAnyOrder(COMPLETE, VERIFIED);
	}

	/**
	 * Any sequence of attempted moves from running: refused moves change nothing, and the
	 * state only ever follows the product's arrows (a failed or incomplete check reaches
	 * a usable state only through manual verification).
	 */
	@Property(tries = 10_000)
	void noSequenceOfMovesLeavesTheProductsStates(@ForAll @Size(max = 12) List<BenefitCheckStatus> attempts) {
		BenefitCheckStatus state = RUNNING;
		boolean failedOrIncomplete = false;
		for (BenefitCheckStatus next : attempts) {
			BenefitCheckStatus before = state;
			try {
				state = state.moveTo(next);
				assertThat(ALLOWED).contains(List.of(before, state));
			}
			catch (ProblemException ex) {
				assertThat(ALLOWED).doesNotContain(List.of(before, next));
				assertThat(state).isEqualTo(before);
			}
			failedOrIncomplete |= state == FAILED || state == INCOMPLETE;
			if (failedOrIncomplete && state.usable()) {
				assertThat(state).isEqualTo(VERIFIED);
			}
		}
	}

}
