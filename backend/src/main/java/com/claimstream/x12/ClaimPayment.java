package com.claimstream.x12;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One claim as an 835 remittance adjudicates it (CLP with its service line): what was
 * charged, allowed and paid, what the patient owes and why (CAS adjustments with their
 * CARC codes, LQ remarks with their RARC codes). Amounts in cents.
 *
 * @param status CLP02: {@code 1} processed as primary, {@code 4} denied, {@code 22}
 * reversal
 * @param placeOfService CLP08, the facility code of a professional claim
 */
public record ClaimPayment(String claimNumber, String status, long chargeCents, long paidCents,
		long patientResponsibilityCents, String payerClaimNumber, String placeOfService, String memberId,
		String patientLastName, String patientFirstName, String cpt, int units, LocalDate dateOfService,
		long allowedCents, List<Adjustment> adjustments, List<String> remarks) {

	/** CLP02 of a processed claim, as primary. */
	public static final String PROCESSED = "1";

	/** CLP02 of a denied claim. */
	public static final String DENIED = "4";

	/** CARC 1: deductible amount. */
	public static final String DEDUCTIBLE = "1";

	/** CARC 2: coinsurance amount. */
	public static final String COINSURANCE = "2";

	/** CARC 45: charge exceeds the fee schedule (the part above the allowed amount). */
	public static final String ABOVE_ALLOWED = "45";

	public ClaimPayment {
		adjustments = List.copyOf(adjustments);
		remarks = List.copyOf(remarks);
	}

	public boolean denied() {
		return DENIED.equals(this.status);
	}

	public long deductibleCents() {
		return total(DEDUCTIBLE);
	}

	public long coinsuranceCents() {
		return total(COINSURANCE);
	}

	/**
	 * The reasons that are not deductible, coinsurance or the fee schedule: a denial's.
	 */
	public List<Adjustment> denialReasons() {
		return this.adjustments.stream()
			.filter((adjustment) -> !List.of(DEDUCTIBLE, COINSURANCE, ABOVE_ALLOWED).contains(adjustment.reason()))
			.toList();
	}

	private long total(String reason) {
		return this.adjustments.stream()
			.filter((adjustment) -> adjustment.reason().equals(reason))
			.mapToLong(Adjustment::amountCents)
			.sum();
	}

	/**
	 * A CAS adjustment.
	 *
	 * @param group {@code PR} patient responsibility, {@code CO} contractual obligation,
	 * {@code OA} other
	 * @param reason the claim adjustment reason code (CARC)
	 */
	public record Adjustment(String group, String reason, long amountCents) {

	}

	/** The payment the remittance goes with: its trace (check or EFT) number and date. */
	public record Payment(String traceNumber, LocalDate date, @Nullable String payerTaxId) {

	}

}
