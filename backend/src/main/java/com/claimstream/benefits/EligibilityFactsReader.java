package com.claimstream.benefits;

import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Gathers a client's {@link EligibilityFacts}: the primary policy, its latest benefit
 * check, its claim history, and whether the client has a diagnosis.
 */
@Component
class EligibilityFactsReader {

	private final InsuranceOnFile insurance;

	private final DiagnosesOnFile diagnoses;

	private final BenefitCheckRepository checks;

	private final ClaimOutcomes claims;

	EligibilityFactsReader(InsuranceOnFile insurance, DiagnosesOnFile diagnoses, BenefitCheckRepository checks,
			ClaimOutcomes claims) {
		this.insurance = insurance;
		this.diagnoses = diagnoses;
		this.checks = checks;
		this.claims = claims;
	}

	Mono<EligibilityFacts> read(UUID practiceId, UUID clientId, boolean byClient) {
		Mono<Boolean> diagnosis = this.diagnoses.hasDiagnosis(practiceId, clientId);
		return this.insurance.primary(practiceId, clientId)
			.flatMap((policy) -> Mono
				.zip(latestCheck(practiceId, clientId, policy), diagnosis,
						this.claims.approvedWithReimbursement(practiceId, clientId, policy.policyId()))
				.map((all) -> new EligibilityFacts(true, all.getT1().map(EligibilityFacts.CheckFacts::of).orElse(null),
						all.getT2(), all.getT3(), policy.claimstreamPay(), byClient)))
			.switchIfEmpty(Mono
				.defer(() -> diagnosis.map((has) -> new EligibilityFacts(false, null, has, false, false, byClient))));
	}

	/** The latest check of the client that was run for this policy. */
	Mono<Optional<BenefitCheck>> latestCheck(UUID practiceId, UUID clientId, PolicyOnFile policy) {
		return this.checks.list(practiceId, clientId)
			.filter((check) -> check.policyId().equals(policy.policyId()))
			.collectList()
			.map((found) -> found.isEmpty() ? Optional.empty() : Optional.of(found.get(0)));
	}

}
