package com.claimstream.benefits;

import java.time.Instant;
import java.util.UUID;

/**
 * An adjudicated claim as benefits read it (from its 835 remittance): for eligibility
 * (Claimstream Pay needs an approved claim with a reimbursement) and for calibrating
 * estimates. Amounts in cents.
 */
public record ClaimOutcome(UUID claimId, UUID practiceId, UUID clientId, UUID policyId, String cpt, boolean approved,
		long allowedCents, long deductibleAppliedCents, long reimbursementCents, Instant adjudicatedAt) {

}
