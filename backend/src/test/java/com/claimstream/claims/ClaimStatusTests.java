package com.claimstream.claims;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

import static com.claimstream.claims.ClaimStatus.ACKNOWLEDGED;
import static com.claimstream.claims.ClaimStatus.ADJUDICATED;
import static com.claimstream.claims.ClaimStatus.CREATED;
import static com.claimstream.claims.ClaimStatus.INVESTIGATING;
import static com.claimstream.claims.ClaimStatus.NEEDS_INFORMATION;
import static com.claimstream.claims.ClaimStatus.REIMBURSEMENT_SENT;
import static com.claimstream.claims.ClaimStatus.REJECTED;
import static com.claimstream.claims.ClaimStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimStatusTests {

	/**
	 * PRODUCT §12 and FLT-08 (an 835 may overtake its 277CA), written out once more by
	 * hand.
	 */
	private static final Set<List<ClaimStatus>> ALLOWED = Set.of(List.of(CREATED, NEEDS_INFORMATION),
			List.of(CREATED, SUBMITTED), List.of(NEEDS_INFORMATION, SUBMITTED), List.of(SUBMITTED, ACKNOWLEDGED),
			List.of(SUBMITTED, REJECTED), List.of(SUBMITTED, ADJUDICATED), List.of(SUBMITTED, INVESTIGATING),
			List.of(ACKNOWLEDGED, ADJUDICATED), List.of(ACKNOWLEDGED, INVESTIGATING),
			List.of(INVESTIGATING, ADJUDICATED), List.of(ADJUDICATED, REIMBURSEMENT_SENT));

	@Test
	void everyMoveOfTheProductIsAllowedAndNoOther() {
		for (ClaimStatus from : ClaimStatus.values()) {
			for (ClaimStatus to : ClaimStatus.values()) {
				assertThat(from.canMoveTo(to)).as(from + " → " + to).isEqualTo(ALLOWED.contains(List.of(from, to)));
				if (ALLOWED.contains(List.of(from, to))) {
					assertThat(from.moveTo(to)).isEqualTo(to);
				}
				else {
					assertThatThrownBy(() -> from.moveTo(to)).isInstanceOfSatisfying(ProblemException.class, (ex) -> {
						assertThat(ex.problem()).isEqualTo(Problem.ILLEGAL_TRANSITION);
						assertThat(ex.properties()).containsEntry("status", from.wire());
					});
				}
			}
		}
	}

	@Test
	void aClaimIsSentOnceItLeavesCreatedAndNeedsInformation() {
		assertThat(CREATED.sent()).isFalse();
		assertThat(NEEDS_INFORMATION.sent()).isFalse();
		assertThat(List.of(SUBMITTED, ACKNOWLEDGED, REJECTED, INVESTIGATING, ADJUDICATED, REIMBURSEMENT_SENT))
			.allMatch(ClaimStatus::sent);
		assertThat(List.of(ClaimStatus.values()).stream().filter(ClaimStatus::decided)).containsExactly(ADJUDICATED,
				REIMBURSEMENT_SENT);
	}

	@Test
	void aRejectedOrReimbursedClaimMovesNoMore() {
		for (ClaimStatus to : ClaimStatus.values()) {
			assertThat(REJECTED.canMoveTo(to)).isFalse();
			assertThat(REIMBURSEMENT_SENT.canMoveTo(to)).isFalse();
		}
	}

}
