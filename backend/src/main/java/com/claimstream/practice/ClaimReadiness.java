package com.claimstream.practice;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.claimstream.common.Address;
import com.claimstream.security.Role;

/**
 * Whether claims can be generated, and if not exactly what is missing (PRODUCT 2: the
 * provider's NPI, the practice's tax id and its address). The rule lives here only.
 */
public record ClaimReadiness(boolean ready, List<Missing> missing) {

	/**
	 * One missing item.
	 *
	 * @param field the field of the form that supplies it
	 * @param profile which form: {@code practice} or {@code clinician}
	 */
	public record Missing(String field, String label, String profile) {
	}

	static final Missing PROVIDER_NPI = new Missing("npi", "Your individual NPI", "clinician");

	static final Missing TAX_ID = new Missing("taxId", "The practice tax id (EIN)", "practice");

	static final Missing ADDRESS = new Missing("address", "The practice address", "practice");

	/**
	 * @param clinician the signed-in member's own profile, if they have one
	 * @param role their role: staff do not render care, so their NPI is not asked for
	 */
	static ClaimReadiness of(PracticeProfile practice, @Nullable ClinicianProfile clinician, Role role) {
		List<Missing> missing = new ArrayList<>();
		boolean rendersCare = role == Role.PRACTICE_ADMIN || role == Role.CLINICIAN;
		if (rendersCare && (clinician == null || clinician.npi() == null)) {
			missing.add(PROVIDER_NPI);
		}
		if (practice.taxId() == null) {
			missing.add(TAX_ID);
		}
		if (!isComplete(practice.address())) {
			missing.add(ADDRESS);
		}
		return new ClaimReadiness(missing.isEmpty(), List.copyOf(missing));
	}

	private static boolean isComplete(@Nullable Address address) {
		return address != null && address.line1() != null && address.city() != null && address.state() != null
				&& address.postalCode() != null;
	}

}
