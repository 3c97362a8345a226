package com.claimstream.benefits.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.claimstream.benefits.EligibilityResponse;
import com.claimstream.benefits.EligibilityResponse.OonBenefits;
import com.claimstream.benefits.EligibilityResponse.Rejection;

/**
 * The sandbox's plans, chosen by the member id's prefix like a vendor's test mode
 * (docs/sandbox-eligibility.md): the same member id always gets the same answer. A member
 * id with none of the prefixes gets the first plan.
 */
enum SandboxPlan {

	/** Complete: OON benefits, $1,500 deductible with $250 met, 30% coinsurance. */
	DEDUCTIBLE_REMAINING("OONDED") {
		@Override
		EligibilityResponse answer() {
			return complete(150_000L, 25_000L, 3_000, 600_000L, 40_000L);
		}
	},
	/** Complete: OON benefits, $1,000 deductible met, 20% coinsurance. */
	DEDUCTIBLE_MET("OONMET") {
		@Override
		EligibilityResponse answer() {
			return complete(100_000L, 100_000L, 2_000, 500_000L, 140_000L);
		}
	},
	/**
	 * Complete: OON benefits, $1,000 deductible with $950 met, 20% coinsurance: the next
	 * claim is partly applied to the deductible.
	 */
	DEDUCTIBLE_ALMOST_MET("OONLOW") {
		@Override
		EligibilityResponse answer() {
			return complete(100_000L, 95_000L, 2_000, 500_000L, 95_000L);
		}
	},
	/** Complete: active coverage without out-of-network benefits (an HMO or EPO). */
	NO_OON_BENEFITS("NOOON") {
		@Override
		EligibilityResponse answer() {
			return new EligibilityResponse(true, OonBenefits.NO, null, null, null, null, null, Map.of(), List.of(),
					null);
		}
	},
	/**
	 * Incomplete: OON benefits, but no deductible and no allowed amounts in the answer.
	 */
	INCOMPLETE("PARTIAL") {
		@Override
		EligibilityResponse answer() {
			return new EligibilityResponse(true, OonBenefits.YES, null, null, 4_000, null, null, Map.of(), List.of(),
					null);
		}
	},
	/** Failed: the payer did not answer in time (AAA 42). */
	PAYER_TIMEOUT("TIMEOUT") {
		@Override
		EligibilityResponse answer() {
			return EligibilityResponse.rejected(Rejection.payerTimeout());
		}
	},
	/** Failed: no subscriber with this member id (AAA 75). */
	SUBSCRIBER_NOT_FOUND("NOTFOUND") {
		@Override
		EligibilityResponse answer() {
			return EligibilityResponse.rejected(new Rejection("75", "Subscriber/insured not found", "C"));
		}
	},
	/** Incomplete: behavioural health is carved out to another payer. */
	CARVED_OUT("CARVE") {
		@Override
		EligibilityResponse answer() {
			return new EligibilityResponse(true, OonBenefits.UNKNOWN, null, null, null, null, null, Map.of(), List.of(),
					"Optum Behavioral Health");
		}
	},
	/** Complete: the coverage is inactive (EB01 6). */
	INACTIVE("INACTIVE") {
		@Override
		EligibilityResponse answer() {
			return new EligibilityResponse(false, OonBenefits.NO, null, null, null, null, null, Map.of(), List.of(),
					null);
		}
	};

	/** Allowed amounts of the sandbox's fee schedule, per CPT. */
	static final Map<String, Long> ALLOWED = Map.of("90791", 18_000L, "90792", 20_000L, "90832", 8_000L, "90834",
			12_000L, "90837", 15_000L, "90839", 20_000L, "90840", 9_500L, "90846", 11_000L, "90847", 12_500L, "90853",
			4_500L);

	private final String prefix;

	SandboxPlan(String prefix) {
		this.prefix = prefix;
	}

	String prefix() {
		return this.prefix;
	}

	abstract EligibilityResponse answer();

	static SandboxPlan forMember(String memberId) {
		String id = memberId.trim().toUpperCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((plan) -> id.startsWith(plan.prefix))
			.findFirst()
			.orElse(DEDUCTIBLE_REMAINING);
	}

	private static EligibilityResponse complete(long deductibleTotal, long deductibleMet, int coinsurance,
			long oopTotal, long oopMet) {
		return new EligibilityResponse(true, OonBenefits.YES, deductibleTotal, deductibleMet, coinsurance, oopTotal,
				oopMet, ALLOWED, List.of(), null);
	}

}
