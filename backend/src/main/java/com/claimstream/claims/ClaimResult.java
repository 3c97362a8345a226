package com.claimstream.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.claimstream.claims.Claim.Remittance;

/**
 * How a claim reads to people (PRODUCT §12): its status (Processing, Needs information,
 * Investigating, Approved, Denied), the result of an approved claim (reimbursed, applied
 * to the deductible, or both), the reason of a denied one, and which input of the
 * estimate the remittance differed on.
 *
 * @param status {@code processing}, {@code needs_information}, {@code investigating},
 * {@code approved} or {@code denied}
 * @param differences {@code allowed_amount}, {@code deductible}, {@code coinsurance}
 */
record ClaimResult(String status, @Nullable String result, @Nullable String reason, List<String> differences) {

	/** The adjustment reason codes (CARC) a denial may give, as people read them. */
	private static final Map<String, String> REASONS = Map.of("27", "The coverage had ended on the date of service",
			"96", "The plan does not cover this service", "109",
			"The claim must go to another payer (behavioral health is managed elsewhere)", "242",
			"The plan has no out-of-network benefits for this service", "31",
			"The payer could not identify the patient as its member");

	static ClaimResult of(Claim claim) {
		return switch (claim.status()) {
			case CREATED, SUBMITTED, ACKNOWLEDGED -> new ClaimResult("processing", null, null, List.of());
			case NEEDS_INFORMATION -> new ClaimResult("needs_information", null, null, List.of());
			case REJECTED -> new ClaimResult("investigating", null, claim.rejectionReason(), List.of());
			case INVESTIGATING -> new ClaimResult("investigating", null,
					"No decision from the payer in time: the practice is following up", List.of());
			case ADJUDICATED, REIMBURSEMENT_SENT -> decided(claim, claim.remittance());
		};
	}

	private static ClaimResult decided(Claim claim, @Nullable Remittance remittance) {
		if (remittance == null) {
			return new ClaimResult("processing", null, null, List.of());
		}
		if (remittance.denied()) {
			String reason = remittance.denialCodes()
				.stream()
				.map((code) -> REASONS.getOrDefault(code, "Denied by the payer (reason code " + code + ")"))
				.findFirst()
				.orElse("Denied by the payer");
			return new ClaimResult("denied", null, reason, List.of());
		}
		return new ClaimResult("approved", result(remittance), null, differences(claim, remittance));
	}

	private static String result(Remittance remittance) {
		long paid = remittance.paidCents();
		long deductible = remittance.deductibleCents();
		if (paid > 0 && deductible > 0) {
			return "Reimbursed " + dollars(paid) + ", " + dollars(deductible) + " applied to the deductible";
		}
		if (paid > 0) {
			return "Reimbursed " + dollars(paid);
		}
		return (deductible > 0) ? dollars(deductible) + " applied to the deductible" : "Approved, nothing reimbursed";
	}

	/** The inputs of the estimate the payer's numbers differ from. */
	private static List<String> differences(Claim claim, Remittance remittance) {
		List<String> differences = new ArrayList<>();
		ClaimEstimate estimate = claim.estimate();
		if (estimate == null) {
			return List.of();
		}
		if (estimate.allowedCents() != remittance.allowedCents()) {
			differences.add("allowed_amount");
		}
		if (estimate.deductibleAppliedCents(claim.chargeCents()) != remittance.deductibleCents()) {
			differences.add("deductible");
		}
		long basis = Math.min(remittance.allowedCents(), claim.chargeCents()) - remittance.deductibleCents();
		if (basis > 0) {
			long expected = new com.claimstream.common.Percent(estimate.coinsuranceBasisPoints()).of(basis);
			if (Math.abs(expected - remittance.coinsuranceCents()) > 1) {
				differences.add("coinsurance");
			}
		}
		return List.copyOf(differences);
	}

	static String dollars(long cents) {
		return "$" + String.format(Locale.US, "%,.2f", BigDecimal.valueOf(cents, 2));
	}

}
