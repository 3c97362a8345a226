package com.claimstream.benefits;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import com.claimstream.client.ClientDirectory;
import com.claimstream.client.ClientRef;
import com.claimstream.insurance.InsurancePolicies;
import com.claimstream.insurance.PolicyView;
import com.claimstream.insurance.Subscriber;

/**
 * Benefits' view of the insurance feature: the primary policy, the subscriber being the
 * client unless another person is named.
 */
@Component
class InsurancePolicyAdapter implements InsuranceOnFile {

	/**
	 * The payer id of an insurer outside the catalog: the inquiry is still sent, by name.
	 */
	static final String UNKNOWN_PAYER = "unknown";

	private final InsurancePolicies policies;

	private final ClientDirectory clients;

	InsurancePolicyAdapter(InsurancePolicies policies, ClientDirectory clients) {
		this.policies = policies;
		this.clients = clients;
	}

	@Override
	public Mono<PolicyOnFile> primary(UUID practiceId, UUID clientId) {
		return this.policies.primary(practiceId, clientId)
			.flatMap(Mono::justOrEmpty)
			.flatMap((policy) -> this.clients.find(practiceId, clientId).map((client) -> onFile(policy, client)));
	}

	private static PolicyOnFile onFile(PolicyView policy, ClientRef client) {
		Subscriber subscriber = policy.subscriber();
		String payerId = (policy.sandboxPayerId() != null) ? policy.sandboxPayerId()
				: (policy.payerId() != null) ? policy.payerId() : UNKNOWN_PAYER;
		return new PolicyOnFile(policy.id(), payerId, policy.payerName(), policy.supportsClaimstreamPay(),
				policy.memberId(), (subscriber != null) ? subscriber.firstName() : client.firstName(),
				(subscriber != null) ? subscriber.lastName() : client.lastName(),
				(subscriber != null) ? subscriber.dateOfBirth() : policy.clientDateOfBirth(),
				policy.cardFront() != null && policy.cardBack() != null);
	}

}
