package com.claimstream.insurance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.client.ClientRef;
import com.claimstream.insurance.PolicyRules.NewPolicy;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.stream.EventLog;
import com.claimstream.stream.NewEvent;

/**
 * A client's one primary policy. Other features read it through {@link #primary}; saving
 * it appends {@code insurance.updated} (ids only) and tells every {@link PolicyListener},
 * all in one transaction. Saving never creates a claim: claims come from payments only.
 */
@Service
public class InsurancePolicies {

	private final PolicyRepository policies;

	private final ReimbursementAccountRepository reimbursementAccounts;

	private final PolicyRules rules;

	private final PayerCatalog catalog;

	private final InsuranceAccess access;

	private final CardImages cardImages;

	private final ObjectProvider<PolicyListener> listeners;

	private final EventLog events;

	private final TransactionalOperator transaction;

	private final Clock clock;

	InsurancePolicies(PolicyRepository policies, ReimbursementAccountRepository reimbursementAccounts,
			PolicyRules rules, PayerCatalog catalog, InsuranceAccess access, CardImages cardImages,
			ObjectProvider<PolicyListener> listeners, EventLog events, TransactionalOperator transaction, Clock clock) {
		this.policies = policies;
		this.reimbursementAccounts = reimbursementAccounts;
		this.rules = rules;
		this.catalog = catalog;
		this.access = access;
		this.cardImages = cardImages;
		this.listeners = listeners;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * The client's primary policy, for features that already resolved the client within
	 * its practice (benefit checks, eligibility).
	 */
	public Mono<Optional<PolicyView>> primary(UUID practiceId, UUID clientId) {
		return this.policies.find(practiceId, clientId)
			.flatMap(this::view)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
	}

	Mono<InsuranceView> get(CurrentPrincipal principal, UUID clientId) {
		return this.access.toRead(principal, clientId).flatMap(this::insurance);
	}

	Mono<InsuranceView> save(CurrentPrincipal principal, UUID clientId, PolicyRequest request) {
		return Mono.fromCallable(() -> this.rules.check(request))
			.flatMap((policy) -> this.transaction.transactional(this.access.toChange(principal, clientId)
				.flatMap((client) -> save(client, policy, principal.accountId()))))
			.flatMap((client) -> insurance(client));
	}

	/**
	 * Removes the policy and its card images (their files once the removal committed);
	 * nothing to remove is no error.
	 */
	Mono<Void> remove(CurrentPrincipal principal, UUID clientId) {
		return this.transaction.transactional(this.access.toChange(principal, clientId)
			.flatMap((client) -> this.policies.find(client.practiceId(), client.clientId())
				.flatMap((policy) -> this.policies.cards(policy.id())
					.collectList()
					.flatMap((cards) -> this.policies.delete(policy.id())
						.then(this.events.append(new NewEvent("insurance.removed", client.practiceId(),
								client.audience(), "insurance_policy", policy.id(),
								Map.of("clientId", client.clientId(), "policyId", policy.id()))))
						.then(this.cardImages.deleteAfterCommit(cards))))));
	}

	private Mono<ClientRef> save(ClientRef client, NewPolicy policy, UUID by) {
		Instant now = this.clock.instant();
		return this.policies.save(client.practiceId(), client.clientId(), policy, now, by)
			.flatMap(
					(policyId) -> this.events
						.append(new NewEvent("insurance.updated", client.practiceId(), client.audience(),
								"insurance_policy", policyId,
								Map.of("clientId", client.clientId(), "policyId", policyId, "needsReview",
										policy.payer().needsReview())))
						.then(primary(client.practiceId(), client.clientId())))
			.flatMap((saved) -> Flux.fromStream(this.listeners.orderedStream())
				.concatMap((listener) -> listener.policySaved(saved.orElseThrow()))
				.then())
			.thenReturn(client);
	}

	private Mono<InsuranceView> insurance(ClientRef client) {
		return primary(client.practiceId(), client.clientId())
			.zipWith(this.reimbursementAccounts.find(client.practiceId(), client.clientId())
				.map(ReimbursementAccountView::status)
				.defaultIfEmpty(ReimbursementAccountStatus.missing()))
			.map((both) -> new InsuranceView(both.getT1().orElse(null), both.getT2()));
	}

	private Mono<PolicyView> view(StoredPolicy policy) {
		Optional<Payer> payer = (policy.payerId() != null) ? this.catalog.byId(policy.payerId()) : Optional.empty();
		return this.policies.cards(policy.id())
			.collectList()
			.map((cards) -> new PolicyView(policy.id(), policy.practiceId(), policy.clientId(), policy.payerId(),
					policy.payerName(), policy.needsReview(), payer.map(Payer::sandboxPayerId).orElse(null),
					payer.map(Payer::supportsClaimstreamPay).orElse(false), policy.memberId(), policy.groupNumber(),
					policy.relationship(), policy.subscriber(), policy.clientDateOfBirth(), side(cards, "front"),
					side(cards, "back"), policy.updatedAt()));
	}

	private static @Nullable CardView side(List<StoredCard> cards, String side) {
		return cards.stream().filter((card) -> card.side().equals(side)).findFirst().map(StoredCard::view).orElse(null);
	}

}
