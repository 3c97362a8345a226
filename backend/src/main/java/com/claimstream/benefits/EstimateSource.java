package com.claimstream.benefits;

/**
 * Where an estimated figure comes from, as every estimate is labelled (PRODUCT §7).
 */
final class EstimateSource {

	static final String BENEFIT_CHECK = "benefit_check";

	static final String MANUAL_VERIFICATION = "manual_verification";

	static final String ADJUDICATED_CLAIM = "adjudicated_claim";

	private EstimateSource() {
	}

}
