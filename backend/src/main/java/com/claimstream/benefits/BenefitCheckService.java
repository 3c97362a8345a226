package com.claimstream.benefits;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.benefits.EligibilityResponse.Rejection;
import com.claimstream.client.ClientDirectory;
import com.claimstream.client.ClientRef;
import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

/**
 * Benefit checks (PRODUCT §7): started by the practice or by saving a policy, answered by
 * the {@link EligibilityPort} in the background after the request is answered, and
 * verified by hand by an administrator when the payer's answer failed or was incomplete.
 * Every move goes through {@link BenefitCheckStatus} and is told by
 * {@link BenefitNotices}.
 */
@Service
public class BenefitCheckService {

	private final BenefitCheckRepository checks;

	private final ClientDirectory clients;

	private final InsuranceOnFile insurance;

	private final EligibilityPort eligibility;

	private final BenefitNotices notices;

	private final BenefitSettings settings;

	private final TransactionalOperator transaction;

	private final Clock clock;

	BenefitCheckService(BenefitCheckRepository checks, ClientDirectory clients, InsuranceOnFile insurance,
			EligibilityPort eligibility, BenefitNotices notices, BenefitSettings settings,
			TransactionalOperator transaction, Clock clock) {
		this.checks = checks;
		this.clients = clients;
		this.insurance = insurance;
		this.eligibility = eligibility;
		this.notices = notices;
		this.settings = settings;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Starts a check of the client's primary policy; it is {@code running} when this
	 * answers and moves on in the background. A client without insurance is refused.
	 */
	Mono<BenefitCheckView> start(ClientRef client, @Nullable UUID startedBy) {
		return this.insurance.primary(client.practiceId(), client.clientId())
			.switchIfEmpty(Mono.error(() -> new ProblemException(Problem.INSURANCE_REQUIRED,
					"A benefit check needs the client's insurance on file")))
			.flatMap((policy) -> {
				BenefitCheck check = BenefitCheck.running(client.practiceId(), client.clientId(), policy,
						this.clock.instant());
				return this.transaction
					.transactional(this.checks.insert(check, startedBy)
						.then(this.notices.moved(client, check))
						.then(this.notices.eligibilityChanged(client)))
					.thenReturn(BenefitCheckView.of(check));
			});
	}

	/**
	 * Saving a policy starts a check of it (PRODUCT §6); called by the insurance feature
	 * in the transaction that saved it.
	 */
	public Mono<UUID> policySaved(UUID practiceId, UUID clientId) {
		return this.clients.lock(practiceId, clientId)
			.flatMap((client) -> start(client, null))
			.map(BenefitCheckView::id);
	}

	/** The client's checks, newest first. */
	Flux<BenefitCheckView> list(ClientRef client) {
		return this.checks.list(client.practiceId(), client.clientId()).map(BenefitCheckView::of);
	}

	/**
	 * Asks a person to verify a failed or incomplete check; the policy needs both card
	 * images and the subscriber's date of birth.
	 */
	Mono<BenefitCheckView> requestManual(ClientRef client, UUID checkId, UUID requestedBy) {
		return this.transaction.transactional(lock(client, checkId).flatMap((check) -> {
			BenefitCheck requested = check.manualRequested(this.clock.instant());
			return this.insurance.primary(client.practiceId(), client.clientId())
				.map(BenefitCheckService::notReadyFor)
				.defaultIfEmpty(List.of("insurance"))
				.flatMap(
						(missing) -> missing.isEmpty() ? Mono.just(requested)
								: Mono.error(new ProblemException(Problem.MANUAL_VERIFICATION_NOT_READY,
										"Add " + String.join(" and ", missing.stream().map(MISSING::get).toList())
												+ " first",
										Map.of("missing", missing))))
				.flatMap((ready) -> save(client, ready).then(this.checks.recordRequester(ready.id(), requestedBy)))
				.thenReturn(BenefitCheckView.of(requested));
		}));
	}

	/** An administrator enters the numbers read from the payer: the check is verified. */
	Mono<BenefitCheckView> verify(ClientRef client, UUID checkId, VerificationRequest request, UUID verifiedBy) {
		List<com.claimstream.common.FieldError> errors = request.problems();
		if (!errors.isEmpty()) {
			return Mono.error(ProblemException.invalid(errors));
		}
		return this.transaction.transactional(lock(client, checkId).flatMap((check) -> {
			BenefitCheck verified = check.verified(request.numbers(), this.clock.instant());
			return save(client, verified).then(this.notices.eligibilityChanged(client))
				.then(this.checks.recordVerifier(check.id(), verifiedBy))
				.thenReturn(BenefitCheckView.of(verified));
		}));
	}

	/** An administrator could not verify the benefits: the check ends without numbers. */
	Mono<BenefitCheckView> unverifiable(ClientRef client, UUID checkId, String reason, UUID decidedBy) {
		return this.transaction.transactional(lock(client, checkId).flatMap((check) -> {
			BenefitCheck ended = check.unverifiable(reason.trim(), this.clock.instant());
			return save(client, ended).then(this.notices.eligibilityChanged(client))
				.then(this.checks.recordVerifier(check.id(), decidedBy))
				.thenReturn(BenefitCheckView.of(ended));
		}));
	}

	/**
	 * Runs every running check no instance is working on: asks the payer outside any
	 * transaction, then records the answer (a check someone else ended meanwhile is left
	 * alone).
	 */
	Mono<Void> runDue() {
		Instant now = this.clock.instant();
		return this.checks.claimRunning(now, now.plus(this.settings.claim()))
			.flatMap((check) -> run(check).then(Mono.defer(this::runDue)));
	}

	private Mono<Void> run(BenefitCheck check) {
		return this.insurance.primary(check.practiceId(), check.clientId())
			.filter((policy) -> policy.policyId().equals(check.policyId()))
			.flatMap((policy) -> this.eligibility.inquire(request(policy))
				.timeout(this.settings.payerTimeout())
				.onErrorResume((ex) -> Mono.just(EligibilityResponse.rejected(Rejection.payerTimeout()))))
			.defaultIfEmpty(EligibilityResponse
				.rejected(new Rejection("72", "The policy changed before the payer answered", "C")))
			.flatMap((response) -> this.transaction
				.transactional(this.clients.lock(check.practiceId(), check.clientId())
					.flatMap((client) -> this.checks.lock(check.practiceId(), check.clientId(), check.id())
						.filter((locked) -> locked.status() == BenefitCheckStatus.RUNNING)
						.flatMap((locked) -> save(client,
								locked.finished(CheckOutcome.of(response, UsualService.ASKED), this.clock.instant()))
							.then(this.notices.eligibilityChanged(client))))));
	}

	private static EligibilityRequest request(PolicyOnFile policy) {
		return new EligibilityRequest(policy.payerId(), policy.memberId(), policy.subscriberFirstName(),
				policy.subscriberLastName(), policy.subscriberDateOfBirth(), EligibilityRequest.MENTAL_HEALTH,
				UsualService.ASKED);
	}

	private Mono<Void> save(ClientRef client, BenefitCheck check) {
		return this.checks.update(check, this.clock.instant()).then(this.notices.moved(client, check));
	}

	private Mono<BenefitCheck> lock(ClientRef client, UUID checkId) {
		return this.checks.lock(client.practiceId(), client.clientId(), checkId)
			.switchIfEmpty(Mono.error(() -> new ProblemException(Problem.NOT_FOUND, "Not found")));
	}

	/** What manual verification may still need, by code, as people read it. */
	private static final Map<String, String> MISSING = Map.of("card_images", "both sides of the insurance card",
			"date_of_birth", "the date of birth", "insurance", "the client's insurance");

	/** What manual verification still needs from the policy. */
	private static List<String> notReadyFor(PolicyOnFile policy) {
		List<String> missing = new ArrayList<>();
		if (!policy.cardImages()) {
			missing.add("card_images");
		}
		if (policy.subscriberDateOfBirth() == null) {
			missing.add("date_of_birth");
		}
		return missing;
	}

}
