package com.claimstream.benefits;

import com.claimstream.common.Percent;
import com.claimstream.common.Pricing;

/**
 * The estimate engine: what one session is expected to cost the client and pay back, from
 * the benefit data (PRODUCT §10). Pure; amounts in cents.
 *
 * @param sessionFeeCents the session fee the estimate is for
 * @param allowedCents the plan's allowed amount for the service
 * @param deductibleAppliedCents what this session would put towards the deductible
 * @param reimbursementCents what the plan is expected to pay
 * @param oonPayFeeCents the OON Pay fee taken from that reimbursement
 * @param clientReceivesCents what an OON Pay client gets back
 * @param oonPayClientCostCents what an OON Pay session costs the client in the end
 * @param claimstreamPayChargeCents what a Claimstream Pay client is charged at the
 * session
 */
public record SessionEstimate(long sessionFeeCents, long allowedCents, long deductibleAppliedCents,
		long reimbursementCents, long oonPayFeeCents, long clientReceivesCents, long oonPayClientCostCents,
		long claimstreamPayChargeCents) {

	public static SessionEstimate of(long sessionFeeCents, long allowedCents, long deductibleRemainingCents,
			Percent coinsurance) {
		Reimbursement paid = Reimbursement.approved(sessionFeeCents, allowedCents, deductibleRemainingCents,
				coinsurance);
		long reimbursement = paid.reimbursementCents();
		long fee = Pricing.oonPayFee(sessionFeeCents, reimbursement);
		long receives = reimbursement - fee;
		return new SessionEstimate(sessionFeeCents, allowedCents, paid.deductibleAppliedCents(), reimbursement, fee,
				receives, sessionFeeCents - receives, Pricing.claimstreamPayCharge(sessionFeeCents, reimbursement));
	}

}
