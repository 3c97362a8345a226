package com.claimstream.benefits;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.claimstream.benefits.EligibilityFacts.CheckFacts;
import com.claimstream.benefits.EligibilityResponse.OonBenefits;
import com.claimstream.client.PaymentType;

/**
 * The payment-type rule of PRODUCT §9, pure: Self-Pay always; OON Pay with primary
 * insurance, a complete or verified check showing OON benefits, and a diagnosis;
 * Claimstream Pay with all of that, the deductible met, an earlier claim for the policy
 * approved with a reimbursement, and a payer that supports it; superbill upload (chosen
 * by the client) with insurance on file.
 */
final class PaymentTypeRule {

	private PaymentTypeRule() {
	}

	static List<PaymentTypeOption> evaluate(EligibilityFacts facts) {
		List<Refusal> oon = oonPay(facts);
		return List.of(PaymentTypeOption.of(PaymentType.SELF_PAY, List.of()),
				PaymentTypeOption.of(PaymentType.OON_PAY, oon),
				PaymentTypeOption.of(PaymentType.CLAIMSTREAM_PAY, claimstreamPay(facts, oon)),
				PaymentTypeOption.of(PaymentType.SUPERBILL, superbill(facts)));
	}

	private static List<Refusal> oonPay(EligibilityFacts facts) {
		List<Refusal> refusals = new ArrayList<>();
		if (!facts.insuranceOnFile()) {
			refusals.add(Refusal.NO_INSURANCE);
		}
		else {
			checkRefusal(facts.check(), refusals);
		}
		if (!facts.hasDiagnosis()) {
			refusals.add(Refusal.NO_DIAGNOSIS);
		}
		return refusals;
	}

	private static void checkRefusal(@Nullable CheckFacts check, List<Refusal> refusals) {
		if (check == null) {
			refusals.add(Refusal.NO_BENEFIT_CHECK);
			return;
		}
		switch (check.status()) {
			case RUNNING -> refusals.add(Refusal.BENEFIT_CHECK_RUNNING);
			case INCOMPLETE, FAILED, MANUAL_REQUESTED -> refusals.add(Refusal.BENEFIT_CHECK_NEEDS_VERIFICATION);
			case UNVERIFIABLE -> refusals.add(Refusal.BENEFIT_CHECK_UNVERIFIABLE);
			case COMPLETE, VERIFIED -> {
				if (Boolean.FALSE.equals(check.activeCoverage())) {
					refusals.add(Refusal.COVERAGE_INACTIVE);
				}
				else if (check.oonBenefits() == OonBenefits.NO) {
					refusals.add(Refusal.NO_OON_BENEFITS);
				}
				else if (check.oonBenefits() == OonBenefits.UNKNOWN) {
					refusals.add(Refusal.OON_BENEFITS_UNKNOWN);
				}
			}
		}
	}

	private static List<Refusal> claimstreamPay(EligibilityFacts facts, List<Refusal> oon) {
		List<Refusal> refusals = new ArrayList<>(oon);
		CheckFacts check = facts.check();
		if (facts.insuranceOnFile() && check != null && check.status().usable()
				&& check.oonBenefits() == OonBenefits.YES) {
			Long remaining = check.deductibleRemainingCents();
			if (remaining == null) {
				refusals.add(Refusal.DEDUCTIBLE_UNKNOWN);
			}
			else if (remaining > 0) {
				refusals.add(Refusal.DEDUCTIBLE_NOT_MET);
			}
		}
		if (!facts.approvedPaidClaim()) {
			refusals.add(Refusal.NO_PAID_CLAIM);
		}
		if (facts.insuranceOnFile() && !facts.payerSupportsClaimstreamPay()) {
			refusals.add(Refusal.PAYER_NOT_SUPPORTED);
		}
		return refusals;
	}

	private static List<Refusal> superbill(EligibilityFacts facts) {
		List<Refusal> refusals = new ArrayList<>();
		if (!facts.insuranceOnFile()) {
			refusals.add(Refusal.NO_INSURANCE);
		}
		if (!facts.byClient()) {
			refusals.add(Refusal.CLIENT_ONLY);
		}
		return refusals;
	}

}
