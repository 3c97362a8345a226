package com.claimstream.benefits;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A 270 benefit inquiry: the payer (NM1*PR), the subscriber (NM1*IL with member id, DMG
 * date of birth), the service type (EQ01, {@code MH} mental health) and the procedures
 * whose allowed amounts are asked (EQ02).
 */
public record EligibilityRequest(String payerId, String memberId, String subscriberFirstName, String subscriberLastName,
		@Nullable LocalDate subscriberDateOfBirth, String serviceTypeCode, List<String> cpts) {

	/** Service type code 'MH': mental health. */
	public static final String MENTAL_HEALTH = "MH";

}
