package com.claimstream.benefits;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import com.claimstream.benefits.BenefitsSummary.DeductibleProgress;
import com.claimstream.benefits.BenefitsSummary.Estimate;
import com.claimstream.benefits.BenefitsSummary.EstimatedPercent;
import com.claimstream.benefits.BenefitsSummary.Figure;
import com.claimstream.benefits.BenefitsSummary.SessionFee;
import com.claimstream.benefits.EligibilityResponse.OonBenefits;
import com.claimstream.client.ClientRef;
import com.claimstream.common.Percent;

/**
 * The benefits summary of a client for one service: the latest check for the primary
 * policy, calibrated by adjudicated claims since (the allowed amount of the latest
 * approved claim for the service, the deductible they applied), and one session's
 * estimate from the estimate engine ({@link SessionEstimate}).
 */
@Service
class BenefitsSummaryService {

	private final InsuranceOnFile insurance;

	private final EligibilityFactsReader facts;

	private final ClaimOutcomes claims;

	BenefitsSummaryService(InsuranceOnFile insurance, EligibilityFactsReader facts, ClaimOutcomes claims) {
		this.insurance = insurance;
		this.facts = facts;
		this.claims = claims;
	}

	Mono<BenefitsSummary> summary(ClientRef client, String cpt, @Nullable Long feeCents) {
		return this.insurance.primary(client.practiceId(), client.clientId())
			.flatMap((policy) -> this.facts.latestCheck(client.practiceId(), client.clientId(), policy)
				.flatMap((check) -> check.isPresent() ? summary(client, policy, check.get(), cpt, feeCents)
						: Mono.just(empty(client, cpt, "no_check", null))))
			.defaultIfEmpty(empty(client, cpt, "no_insurance", null));
	}

	private Mono<BenefitsSummary> summary(ClientRef client, PolicyOnFile policy, BenefitCheck check, String cpt,
			@Nullable Long feeCents) {
		BenefitCheckView view = BenefitCheckView.of(check);
		BenefitNumbers numbers = check.numbers();
		String state = state(check);
		if (!state.equals("estimated")) {
			return Mono.just(empty(client, cpt, state, view));
		}
		Mono<Optional<Long>> claimAllowed = this.claims
			.latestAllowed(client.practiceId(), client.clientId(), policy.policyId(), cpt)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
		Mono<Long> appliedSince = this.claims.deductibleAppliedSince(client.practiceId(), client.clientId(),
				policy.policyId(), (check.verifiedAt() != null) ? check.verifiedAt() : check.createdAt());
		return Mono.zip(claimAllowed, appliedSince).map((both) -> {
			String source = check.source();
			Figure allowed = both.getT1()
				.map((cents) -> Figure.of(cents, EstimateSource.ADJUDICATED_CLAIM))
				.orElseGet(() -> Optional.ofNullable(numbers.allowedCentsByCpt().get(cpt))
					.map((cents) -> Figure.of(cents, source))
					.orElse(null));
			DeductibleProgress deductible = deductible(numbers, both.getT2(), source);
			Percent coinsurance = numbers.coinsurance();
			EstimatedPercent percent = (coinsurance != null) ? EstimatedPercent.of(coinsurance.value(), source) : null;
			if (allowed == null || deductible == null || coinsurance == null) {
				return new BenefitsSummary(client.clientId(), cpt, state, view, deductible, percent, allowed, null,
						null);
			}
			SessionFee fee = (feeCents != null) ? new SessionFee(feeCents, "requested")
					: new SessionFee(allowed.cents(), "allowed_amount");
			SessionEstimate estimate = SessionEstimate.of(fee.cents(), allowed.cents(), deductible.remaining().cents(),
					coinsurance);
			return new BenefitsSummary(client.clientId(), cpt, state, view, deductible, percent, allowed, fee,
					estimate(estimate, allowed.source()));
		});
	}

	private static String state(BenefitCheck check) {
		BenefitNumbers numbers = check.numbers();
		return switch (check.status()) {
			case RUNNING -> "running";
			case INCOMPLETE, FAILED -> "needs_manual_verification";
			case MANUAL_REQUESTED -> "manual_requested";
			case UNVERIFIABLE -> "unverifiable";
			case COMPLETE, VERIFIED -> Boolean.FALSE.equals(numbers.activeCoverage()) ? "coverage_inactive"
					: (numbers.oonBenefits() == OonBenefits.YES) ? "estimated" : "no_oon_benefits";
		};
	}

	/**
	 * The deductible as the check gave it, with what approved claims adjudicated since
	 * applied (then labelled as coming from an adjudicated claim).
	 */
	private static @Nullable DeductibleProgress deductible(BenefitNumbers numbers, long appliedSince, String source) {
		Long total = numbers.deductibleTotalCents();
		Long met = numbers.deductibleMetCents();
		if (total == null || met == null) {
			return null;
		}
		long calibrated = Math.min(total, met + appliedSince);
		String metSource = (appliedSince > 0) ? EstimateSource.ADJUDICATED_CLAIM : source;
		return new DeductibleProgress(Figure.of(total, source), Figure.of(calibrated, metSource),
				Figure.of(Math.max(0, total - calibrated), metSource));
	}

	private static Estimate estimate(SessionEstimate estimate, String source) {
		return new Estimate(Figure.of(estimate.deductibleAppliedCents(), source),
				Figure.of(estimate.reimbursementCents(), source), Figure.of(estimate.oonPayFeeCents(), source),
				Figure.of(estimate.clientReceivesCents(), source), Figure.of(estimate.oonPayClientCostCents(), source),
				Figure.of(estimate.claimstreamPayChargeCents(), source));
	}

	private static BenefitsSummary empty(ClientRef client, String cpt, String state, @Nullable BenefitCheckView check) {
		return new BenefitsSummary(client.clientId(), cpt, state, check, null, null, null, null, null);
	}

}
