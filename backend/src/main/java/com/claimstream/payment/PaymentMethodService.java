package com.claimstream.payment;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.client.ClientRef;
import com.claimstream.client.ClientService;
import com.claimstream.client.DefaultPaymentMethods;
import com.claimstream.client.PaymentMethodSummary;
import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.practice.PortalSettings;
import com.claimstream.practice.PortalToggle;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.stream.EventLog;
import com.claimstream.stream.NewEvent;

/**
 * A client's payment methods (PRODUCT §14), for the practice (administrators, staff, the
 * client's clinician) and for the client in the portal while the practice allows portal
 * payments. The first card becomes the default; removing the default makes the newest
 * remaining card the default. A removed client gets no new cards.
 */
@Service
class PaymentMethodService implements DefaultPaymentMethods {

	private final PaymentMethodRepository methods;

	private final CardProcessor processor;

	private final ClientService clients;

	private final PortalSettings portalSettings;

	private final EventLog events;

	private final TransactionalOperator transaction;

	private final Clock clock;

	PaymentMethodService(PaymentMethodRepository methods, CardProcessor processor, ClientService clients,
			PortalSettings portalSettings, EventLog events, TransactionalOperator transaction, Clock clock) {
		this.methods = methods;
		this.processor = processor;
		this.clients = clients;
		this.portalSettings = portalSettings;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	Flux<PaymentMethodView> list(CurrentPrincipal principal, UUID clientId) {
		return this.clients.reference(principal, clientId, false)
			.flatMap((client) -> requirePortalPayments(principal, client).thenReturn(client))
			.flatMapMany((client) -> this.methods.active(client.practiceId(), client.clientId()))
			.map(PaymentMethod::view);
	}

	Mono<PaymentMethodView> add(CurrentPrincipal principal, UUID clientId, PaymentMethodRequest request) {
		String token = request.token().strip();
		return this.transaction.transactional(change(principal, clientId).flatMap((client) -> this.processor.card(token)
			.switchIfEmpty(Mono.error(() -> ProblemException.onField(Problem.CARD_TOKEN_INVALID, "token",
					"This card was not found at the card processor; enter it again")))
			.flatMap((card) -> requireUnused(token)
				// collected, not hasElements(): a query cancelled half-read inside the
				// transaction would leave its connection unusable
				.then(this.methods.active(client.practiceId(), client.clientId()).collectList())
				.flatMap((cards) -> {
					boolean hasCards = !cards.isEmpty();
					PaymentMethod method = new PaymentMethod(UUID.randomUUID(), client.practiceId(), client.clientId(),
							token, card, !hasCards, this.clock.instant());
					return this.methods.insert(method, principal.accountId())
						.then(announce("payment_method.added", client, method.id()))
						.thenReturn(method.view());
				}))))
			.onErrorMap(DataIntegrityViolationException.class, (ex) -> tokenUsed());
	}

	Mono<PaymentMethodView> makeDefault(CurrentPrincipal principal, UUID clientId, UUID paymentMethodId) {
		return this.transaction
			.transactional(
					change(principal, clientId).flatMap(
							(client) -> lock(client, paymentMethodId)
								.flatMap((method) -> method.isDefault() ? Mono.just(method.view())
										: this.methods.setDefault(client.clientId(), method.id())
											.then(announce("payment_method.default_changed", client, method.id()))
											.thenReturn(new PaymentMethod(method.id(), method.practiceId(),
													method.clientId(), method.token(), method.card(), true,
													method.createdAt())
												.view()))));
	}

	/** Removes the card; if it was the default, the newest remaining card becomes it. */
	Mono<Void> remove(CurrentPrincipal principal, UUID clientId, UUID paymentMethodId) {
		return this.transaction
			.transactional(change(principal, clientId).flatMap((client) -> lock(client, paymentMethodId)
				.flatMap((method) -> this.methods.markRemoved(method.id(), this.clock.instant())
					.then(announce("payment_method.removed", client, method.id()))
					.then(method.isDefault() ? promoteNewest(client) : Mono.empty()))));
	}

	@Override
	public Mono<Map<UUID, PaymentMethodSummary>> of(UUID practiceId, Collection<UUID> clientIds) {
		return this.methods.defaults(practiceId, clientIds)
			.collectMap(PaymentMethodRepository.DefaultCard::clientId, PaymentMethodRepository.DefaultCard::card);
	}

	private Mono<Void> promoteNewest(ClientRef client) {
		return this.methods.active(client.practiceId(), client.clientId())
			.collectList()
			.flatMap((remaining) -> remaining.isEmpty() ? Mono.empty()
					: this.methods.setDefault(client.clientId(), remaining.get(0).id())
						.then(announce("payment_method.default_changed", client, remaining.get(0).id())));
	}

	private Mono<ClientRef> change(CurrentPrincipal principal, UUID clientId) {
		return this.clients.reference(principal, clientId, true)
			.flatMap((client) -> requirePortalPayments(principal, client).thenReturn(client));
	}

	/** In the portal, cards need the practice's "payments through the portal" setting. */
	private Mono<Void> requirePortalPayments(CurrentPrincipal principal, ClientRef client) {
		return principal.isPracticeMember() ? Mono.empty()
				: this.portalSettings.require(client.practiceId(), client.clientId(), PortalToggle.PAYMENTS);
	}

	private Mono<PaymentMethod> lock(ClientRef client, UUID paymentMethodId) {
		return this.methods.lock(client.practiceId(), client.clientId(), paymentMethodId)
			.switchIfEmpty(Mono.error(() -> new ProblemException(Problem.NOT_FOUND, "Not found")));
	}

	private Mono<Void> requireUnused(String token) {
		return this.methods.tokenUsed(token).flatMap((used) -> used ? Mono.error(tokenUsed()) : Mono.<Void>empty());
	}

	private static ProblemException tokenUsed() {
		return ProblemException.onField(Problem.CARD_TOKEN_USED, "token",
				"This card was already added; enter the card again to add it once more");
	}

	private Mono<Void> announce(String kind, ClientRef client, UUID paymentMethodId) {
		return this.events.append(new NewEvent(kind, client.practiceId(), client.audience(), "payment_method",
				paymentMethodId, Map.of("clientId", client.clientId(), "paymentMethodId", paymentMethodId)));
	}

}
