package com.claimstream.benefits;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import com.claimstream.client.ClientRef;
import com.claimstream.common.Percent;

/**
 * What a session is expected to pay back, from the client's benefits summary: what a
 * Claimstream Pay charge is priced on, and what a claim's decision is later compared with
 * (PRODUCT §10, §12).
 */
@Service
public class ReimbursementEstimates {

	private final BenefitsSummaryService summaries;

	ReimbursementEstimates(BenefitsSummaryService summaries) {
		this.summaries = summaries;
	}

	/** The expected reimbursement in cents; empty when the benefit data cannot tell. */
	public Mono<Long> expected(ClientRef client, String cpt, long feeCents) {
		return estimate(client, cpt, feeCents).map(SessionInputs::reimbursementCents);
	}

	/**
	 * The session's estimate with the inputs it was made from; empty when the benefit
	 * data cannot tell (no usable check, or no allowed amount for the CPT).
	 */
	public Mono<SessionInputs> estimate(ClientRef client, String cpt, long feeCents) {
		return this.summaries.summary(client, cpt, feeCents)
			.filter((summary) -> summary.estimate() != null)
			.map((summary) -> new SessionInputs(summary.allowedAmount().cents(),
					summary.deductible().remaining().cents(), Percent.percent(summary.coinsurance().percent()),
					summary.estimate().reimbursement().cents()));
	}

	/** An estimate's inputs (allowed amount, deductible left, coinsurance) and result. */
	public record SessionInputs(long allowedCents, long deductibleRemainingCents, Percent coinsurance,
			long reimbursementCents) {

	}

}
