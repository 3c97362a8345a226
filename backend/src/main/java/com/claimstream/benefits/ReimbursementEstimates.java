package com.claimstream.benefits;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import com.claimstream.client.ClientRef;

/**
 * What a session is expected to pay back, from the client's benefits summary: what a
 * Claimstream Pay charge is priced on (PRODUCT §10).
 */
@Service
public class ReimbursementEstimates {

	private final BenefitsSummaryService summaries;

	ReimbursementEstimates(BenefitsSummaryService summaries) {
		this.summaries = summaries;
	}

	/** The expected reimbursement in cents; empty when the benefit data cannot tell. */
	public Mono<Long> expected(ClientRef client, String cpt, long feeCents) {
		return this.summaries.summary(client, cpt, feeCents)
			.mapNotNull((summary) -> (summary.estimate() != null) ? summary.estimate().reimbursement().cents() : null);
	}

}
