package com.claimstream.benefits.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import com.claimstream.benefits.EligibilityPort;
import com.claimstream.benefits.EligibilityRequest;
import com.claimstream.benefits.EligibilityResponse;
import com.claimstream.benefits.EligibilityResponse.Rejection;

/**
 * The default eligibility adapter: answers from {@link SandboxPlan} after a short,
 * configurable latency (so a running check is visible on screen in the demo), with
 * allowed amounts only for the procedures asked.
 */
@Component
class SandboxEligibility implements EligibilityPort {

	private final SandboxSettings settings;

	SandboxEligibility(SandboxSettings settings) {
		this.settings = settings;
	}

	@Override
	public Mono<EligibilityResponse> inquire(EligibilityRequest request) {
		return Mono.fromSupplier(() -> answer(request)).delayElement(this.settings.latency());
	}

	static EligibilityResponse answer(EligibilityRequest request) {
		if (request.memberId().isBlank()) {
			return EligibilityResponse.rejected(new Rejection("72", "Invalid/missing subscriber/insured ID", "C"));
		}
		EligibilityResponse plan = SandboxPlan.forMember(request.memberId()).answer();
		Map<String, Long> asked = new LinkedHashMap<>();
		request.cpts()
			.stream()
			.filter(plan.allowedCentsByCpt()::containsKey)
			.forEach((cpt) -> asked.put(cpt, plan.allowedCentsByCpt().get(cpt)));
		return new EligibilityResponse(plan.activeCoverage(), plan.oonBenefits(), plan.deductibleTotalCents(),
				plan.deductibleMetCents(), plan.coinsuranceBasisPoints(), plan.oopMaxTotalCents(),
				plan.oopMaxMetCents(), Map.copyOf(asked), plan.rejections(), plan.carvedOutTo());
	}

}
