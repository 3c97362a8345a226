package com.claimstream.benefits;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import com.claimstream.insurance.PolicyListener;
import com.claimstream.insurance.PolicyView;

/**
 * Saving a policy starts a benefit check of it (PRODUCT §6), in the transaction that
 * saves it; it never creates a claim.
 */
@Component
class CheckOnPolicySaved implements PolicyListener {

	private final BenefitCheckService checks;

	CheckOnPolicySaved(BenefitCheckService checks) {
		this.checks = checks;
	}

	@Override
	public Mono<Void> policySaved(PolicyView policy) {
		return this.checks.policySaved(policy.practiceId(), policy.clientId()).then();
	}

}
