package com.claimstream.benefits;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import com.claimstream.client.ClientDirectory;
import com.claimstream.client.ClientRef;
import com.claimstream.client.PaymentType;
import com.claimstream.client.PaymentTypeGate;
import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

/**
 * The one answer to "which payment types may this client have, and why not the others"
 * (PRODUCT §9), and the change of a client's payment type, refused with a 422 naming the
 * reasons when the type is not available.
 */
@Service
public class PaymentTypeService implements PaymentTypeGate {

	private final EligibilityFactsReader facts;

	private final ClientDirectory clients;

	private final BenefitNotices notices;

	PaymentTypeService(EligibilityFactsReader facts, ClientDirectory clients, BenefitNotices notices) {
		this.facts = facts;
		this.clients = clients;
		this.notices = notices;
	}

	Mono<PaymentTypesView> options(ClientRef client, boolean byClient) {
		return this.facts.read(client.practiceId(), client.clientId(), byClient)
			.map((found) -> new PaymentTypesView(client.paymentType().wire(), PaymentTypeRule.evaluate(found)));
	}

	/** Sets the client's payment type when it is available to whoever asks. */
	Mono<PaymentTypesView> choose(ClientRef client, PaymentType type, boolean byClient, UUID changedBy) {
		return require(client.practiceId(), client.clientId(), type, byClient)
			.then(this.clients.changePaymentType(client, type, changedBy))
			.flatMap((changed) -> options(changed, byClient));
	}

	@Override
	public Mono<Void> requireEligible(UUID practiceId, UUID clientId, PaymentType type) {
		return require(practiceId, clientId, type, false);
	}

	/**
	 * Something eligibility depends on changed (insurance saved, a diagnosis added or
	 * removed): the screens showing the client's payment types ask again.
	 */
	public Mono<Void> eligibilityChanged(UUID practiceId, UUID clientId) {
		return this.clients.lock(practiceId, clientId).flatMap(this.notices::eligibilityChanged);
	}

	private Mono<Void> require(UUID practiceId, UUID clientId, PaymentType type, boolean byClient) {
		return this.facts.read(practiceId, clientId, byClient).flatMap((found) -> {
			PaymentTypeOption option = PaymentTypeRule.evaluate(found)
				.stream()
				.filter((candidate) -> candidate.type().equals(type.wire()))
				.findFirst()
				.orElseThrow();
			if (option.eligible()) {
				return Mono.empty();
			}
			List<PaymentTypeOption.Reason> reasons = option.reasons();
			return Mono.error(new ProblemException(Problem.PAYMENT_TYPE_NOT_ELIGIBLE, reasons.get(0).message(),
					Map.of("paymentType", type.wire(), "reasons", reasons)));
		});
	}

}
