package com.claimstream.benefits;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/**
 * The claim history benefits keep: the claim feature records each adjudicated claim here,
 * once (a repeated claim id is ignored). Eligibility and estimates read it per policy.
 */
@Service
public class ClaimOutcomes {

	private final DatabaseClient database;

	ClaimOutcomes(DatabaseClient database) {
		this.database = database;
	}

	public Mono<Void> record(ClaimOutcome outcome) {
		return this.database.sql("""
				insert into benefit_claim_outcome (claim_id, practice_id, client_id, policy_id, cpt, approved,
				  allowed_cents, deductible_applied_cents, reimbursement_cents, adjudicated_at)
				values (:claimId, :practiceId, :clientId, :policyId, :cpt, :approved, :allowed, :deductible,
				  :reimbursement, :at)
				on conflict (claim_id) do nothing""")
			.bind("claimId", outcome.claimId())
			.bind("practiceId", outcome.practiceId())
			.bind("clientId", outcome.clientId())
			.bind("policyId", outcome.policyId())
			.bind("cpt", outcome.cpt())
			.bind("approved", outcome.approved())
			.bind("allowed", outcome.allowedCents())
			.bind("deductible", outcome.deductibleAppliedCents())
			.bind("reimbursement", outcome.reimbursementCents())
			.bind("at", outcome.adjudicatedAt())
			.then();
	}

	/** Whether a claim for the policy was approved with a reimbursement above zero. */
	Mono<Boolean> approvedWithReimbursement(UUID practiceId, UUID clientId, UUID policyId) {
		return this.database
			.sql("""
					select exists (select 1 from benefit_claim_outcome where practice_id = :practiceId
					  and client_id = :clientId and policy_id = :policyId and approved and reimbursement_cents > 0) as found""")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.bind("policyId", policyId)
			.map((row) -> Boolean.TRUE.equals(row.get("found", Boolean.class)))
			.one();
	}

	/** The allowed amount of the latest approved claim for the policy and procedure. */
	Mono<Long> latestAllowed(UUID practiceId, UUID clientId, UUID policyId, String cpt) {
		return this.database.sql("""
				select allowed_cents from benefit_claim_outcome where practice_id = :practiceId
				  and client_id = :clientId and policy_id = :policyId and cpt = :cpt and approved
				order by adjudicated_at desc, claim_id limit 1""")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.bind("policyId", policyId)
			.bind("cpt", cpt)
			.map((row) -> row.get("allowed_cents", Long.class))
			.one();
	}

	/**
	 * What approved claims adjudicated after {@code since} put towards the deductible.
	 */
	Mono<Long> deductibleAppliedSince(UUID practiceId, UUID clientId, UUID policyId, Instant since) {
		return this.database.sql("""
				select coalesce(sum(deductible_applied_cents), 0)::bigint as applied from benefit_claim_outcome
				where practice_id = :practiceId and client_id = :clientId and policy_id = :policyId and approved
				  and adjudicated_at > :since""")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.bind("policyId", policyId)
			.bind("since", since)
			.map((row) -> row.get("applied", Long.class))
			.one();
	}

}
