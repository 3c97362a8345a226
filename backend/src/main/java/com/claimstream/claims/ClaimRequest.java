package com.claimstream.claims;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.claimstream.client.PaymentType;

/**
 * What a succeeded OON Pay or Claimstream Pay charge opens a claim with (PRODUCT §11,
 * §12): everything else (providers, client, insurance, diagnoses) the claim reads from
 * what is on file when it is sent.
 *
 * @param chargeId the charge: one claim per charge, however often this is asked
 * @param renderingClinicianId the account of the clinician who saw the client
 * @param modifiers up to four procedure modifiers
 * @param placeOfService the two-digit CMS place of service code
 * @param chargeCents the session fee billed
 * @param estimate the estimate the charge was priced on; null when the benefit data gave
 * none
 */
public record ClaimRequest(UUID practiceId, UUID clientId, UUID chargeId, UUID renderingClinicianId,
		PaymentType paymentType, LocalDate dateOfService, String cpt, List<String> modifiers, String placeOfService,
		int units, long chargeCents, @Nullable ClaimEstimate estimate) {

	public ClaimRequest {
		modifiers = List.copyOf(modifiers);
	}

	/** What is wrong with the request; empty when a claim can be opened from it. */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.paymentType != PaymentType.OON_PAY && this.paymentType != PaymentType.CLAIMSTREAM_PAY) {
			problems.add("Only OON Pay and Claimstream Pay charges have claims, not " + this.paymentType.wire());
		}
		if (!this.cpt.matches("\\d{4}[0-9A-Z]")) {
			problems.add("The CPT code has five characters: " + this.cpt);
		}
		if (this.modifiers.size() > 4 || !this.modifiers.stream().allMatch((m) -> m.matches("[0-9A-Z]{2}"))) {
			problems.add("Up to four two-character modifiers");
		}
		if (!this.placeOfService.matches("\\d{2}")) {
			problems.add("The place of service is a two-digit code: " + this.placeOfService);
		}
		if (this.units < 1 || this.chargeCents < 1) {
			problems.add("A claim bills at least one unit and one cent");
		}
		return problems;
	}

}
