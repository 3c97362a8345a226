package com.claimstream.benefits;

import java.util.Locale;

/**
 * Why a payment type is not available to a client (PRODUCT §9): a stable code the screens
 * and clients switch on, and the sentence people read. A check that failed or is
 * incomplete has its own reasons: it never reads as "no coverage".
 */
public enum Refusal {

	NO_INSURANCE("Add the client's insurance first"),
	NO_BENEFIT_CHECK("Run a benefit check for the client's insurance"),
	BENEFIT_CHECK_RUNNING("The benefit check is still running"),
	BENEFIT_CHECK_NEEDS_VERIFICATION("The benefit check needs manual verification"),
	BENEFIT_CHECK_UNVERIFIABLE("The client's benefits could not be verified"),
	COVERAGE_INACTIVE("The payer reports the coverage as inactive"),
	NO_OON_BENEFITS("The plan has no out-of-network benefits for mental health"),
	OON_BENEFITS_UNKNOWN("The payer did not say whether the plan covers out-of-network care"),
	NO_DIAGNOSIS("Add a diagnosis for the client"), DEDUCTIBLE_UNKNOWN("The out-of-network deductible is not known"),
	DEDUCTIBLE_NOT_MET("The out-of-network deductible is not met yet"),
	NO_PAID_CLAIM("An earlier claim for this policy must be approved with a reimbursement"),
	PAYER_NOT_SUPPORTED("The payer does not support Claimstream Pay"),
	CLIENT_ONLY("Only the client can choose superbill upload, in the portal");

	private final String message;

	Refusal(String message) {
		this.message = message;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String message() {
		return this.message;
	}

}
