package com.claimstream.benefits;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.claimstream.common.FieldError;
import com.claimstream.common.ProblemException;

/**
 * The service a benefits summary is for: a CPT code (the usual service by default) and,
 * optionally, the session fee in cents.
 */
record SummaryQuery(String cpt, @Nullable Long feeCents) {

	static SummaryQuery of(@Nullable String cpt, @Nullable String feeCents) {
		List<FieldError> errors = new ArrayList<>();
		String code = (cpt == null || cpt.isBlank()) ? UsualService.DEFAULT_CPT : cpt.trim();
		if (!code.matches("\\d{4}[0-9A-Z]")) {
			errors.add(new FieldError("cpt", "Enter a five-character CPT code"));
		}
		Long fee = null;
		if (feeCents != null && !feeCents.isBlank()) {
			try {
				fee = Long.parseLong(feeCents.trim());
			}
			catch (NumberFormatException ex) {
				errors.add(new FieldError("feeCents", "Enter the fee in cents"));
			}
			if (fee != null && (fee < 0 || fee > VerificationRequest.MAX_CENTS)) {
				errors.add(new FieldError("feeCents", "Enter a fee from 0 to 1,000,000,000 cents"));
			}
		}
		if (!errors.isEmpty()) {
			throw ProblemException.invalid(errors);
		}
		return new SummaryQuery(code, fee);
	}

}
