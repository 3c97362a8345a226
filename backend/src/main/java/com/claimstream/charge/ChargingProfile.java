package com.claimstream.charge;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * What pre-fills a client's next charge (PRODUCT §11): the session fee, the primary CPT
 * code, the place of service, the duration and the providing clinician. Every part is
 * optional; an empty profile pre-fills nothing.
 */
record ChargingProfile(
		@Nullable @Min(value = 1, message = "Enter an amount above $0.00") @Max(value = 10_000_000,
				message = "Enter an amount up to $100,000.00") Long amountCents,
		@Nullable String cpt, @Nullable String placeOfService,
		@Nullable @Min(value = 1, message = "Enter the duration in minutes (1 to 600)") @Max(value = 600,
				message = "Enter the duration in minutes (1 to 600)") Integer durationMinutes,
		@Nullable UUID clinicianId) {

	static final ChargingProfile EMPTY = new ChargingProfile(null, null, null, null, null);

}
