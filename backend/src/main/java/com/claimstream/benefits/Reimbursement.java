package com.claimstream.benefits;

import com.claimstream.common.Percent;

/**
 * What a claim pays (PRODUCT §10): the basis is the lower of the allowed amount and the
 * session fee; a denied claim pays nothing and counts nothing towards the deductible;
 * otherwise the deductible takes what it still needs of the basis, and the plan pays the
 * rest less the client's coinsurance. All amounts in cents.
 */
public record Reimbursement(long basisCents, long deductibleAppliedCents, long reimbursementCents) {

	public static Reimbursement denied(long sessionFeeCents, long allowedCents) {
		return new Reimbursement(Math.min(allowedCents, sessionFeeCents), 0, 0);
	}

	public static Reimbursement approved(long sessionFeeCents, long allowedCents, long deductibleRemainingCents,
			Percent coinsurance) {
		if (sessionFeeCents < 0 || allowedCents < 0 || deductibleRemainingCents < 0) {
			throw new IllegalArgumentException("Amounts are never negative");
		}
		long basis = Math.min(allowedCents, sessionFeeCents);
		long deductibleApplied = Math.min(deductibleRemainingCents, basis);
		long reimbursement = coinsurance.complement().of(basis - deductibleApplied);
		return new Reimbursement(basis, deductibleApplied, reimbursement);
	}

}
