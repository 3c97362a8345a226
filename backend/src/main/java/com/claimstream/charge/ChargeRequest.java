package com.claimstream.charge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.claimstream.coding.ServiceLine;

/**
 * A charge to create (PRODUCT §11); {@code diagnoses} are codes from the client's list,
 * all of them when left out.
 */
record ChargeRequest(@Nullable @NotNull(message = "Choose the providing clinician") UUID clinicianId,
		@Nullable @NotNull(message = "Choose a card") UUID paymentMethodId,
		@Nullable @NotNull(message = "Choose a payment type") @Pattern(regexp = "self_pay|oon_pay|claimstream_pay",
				message = "Choose self_pay, oon_pay or claimstream_pay") String paymentType,
		@Nullable @NotNull(message = "Choose the charge type") @Pattern(
				regexp = "session|no_show|late_cancellation|miscellaneous",
				message = "Choose session, no_show, late_cancellation or miscellaneous") String chargeType,
		@Nullable @NotNull(message = "Enter the date of service") LocalDate dateOfService,
		@Nullable @NotEmpty(message = "Add the session's CPT code") @Size(max = 6,
				message = "At most 6 CPT codes") List<ServiceLine> lines,
		@Nullable @NotBlank(message = "Choose the place of service") String placeOfService,
		@Nullable @Min(value = 1, message = "Enter the duration in minutes (1 to 600)") @Max(value = 600,
				message = "Enter the duration in minutes (1 to 600)") Integer durationMinutes,
		@Nullable @NotNull(message = "Enter the amount") @Min(value = 1, message = "Enter an amount above $0.00") @Max(
				value = 10_000_000, message = "Enter an amount up to $100,000.00") Long amountCents,
		@Nullable @Size(max = 12, message = "A claim carries at most 12 diagnoses") List<String> diagnoses) {

}
