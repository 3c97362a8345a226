package com.claimstream.payment;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The cards a charge may use: one of the client's cards that was not removed, and for a
 * charge already started, its card even if removed since (the processor is asked again
 * with the same token and key).
 */
@Service
public class ChargeableCards {

	private final PaymentMethodRepository methods;

	ChargeableCards(PaymentMethodRepository methods) {
		this.methods = methods;
	}

	/** The client's card that was not removed; empty otherwise. */
	public Mono<ChargeableCard> active(UUID practiceId, UUID clientId, UUID paymentMethodId) {
		return this.methods.find(practiceId, clientId, paymentMethodId, false).map(ChargeableCards::chargeable);
	}

	/** The card a started charge uses, removed or not. */
	public Mono<ChargeableCard> started(UUID practiceId, UUID clientId, UUID paymentMethodId) {
		return this.methods.find(practiceId, clientId, paymentMethodId, true).map(ChargeableCards::chargeable);
	}

	private static ChargeableCard chargeable(PaymentMethod method) {
		return new ChargeableCard(method.id(), method.token(), method.card().brand(), method.card().last4());
	}

	/** A card with the processor's token, never shown to anyone. */
	public record ChargeableCard(UUID id, String token, String brand, String last4) {
	}

}
