package com.claimstream.benefits.sandbox;

import com.claimstream.benefits.EligibilityResponse;

/**
 * The sandbox plans for the other sandboxes that play the same payers: the clearinghouse
 * sandbox adjudicates claims against the plan a member id's prefix chooses
 * (docs/sandbox-eligibility.md), so a claim and its benefit check agree.
 */
public final class SandboxPlans {

	private SandboxPlans() {
	}

	/** The whole plan of a member id, with the allowed amount of every procedure. */
	public static EligibilityResponse plan(String memberId) {
		return SandboxPlan.forMember(memberId).answer();
	}

}
