package com.claimstream.claims;

import com.claimstream.benefits.Reimbursement;
import com.claimstream.common.Percent;

/**
 * The estimate a charge was priced on (PRODUCT §10), kept beside the remittance so a
 * decided claim can say which input differed. Amounts in cents.
 *
 * @param reimbursementCents what the plan was expected to pay
 */
public record ClaimEstimate(long allowedCents, long deductibleRemainingCents, int coinsuranceBasisPoints,
		long reimbursementCents) {

	public ClaimEstimate {
		new Percent(coinsuranceBasisPoints);
		if (allowedCents < 0 || deductibleRemainingCents < 0 || reimbursementCents < 0) {
			throw new IllegalArgumentException("Estimated amounts are never negative");
		}
	}

	/** What the estimate put towards the deductible for a session fee. */
	long deductibleAppliedCents(long sessionFeeCents) {
		return Reimbursement
			.approved(sessionFeeCents, this.allowedCents, this.deductibleRemainingCents,
					new Percent(this.coinsuranceBasisPoints))
			.deductibleAppliedCents();
	}

}
