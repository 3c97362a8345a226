package com.claimstream.common;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A US postal address, shared by client and practice profiles.
 */
public record Address(@Nullable @Size(max = 200, message = "Use at most 200 characters") String line1,
		@Nullable @Size(max = 200, message = "Use at most 200 characters") String line2,
		@Nullable @Size(max = 100, message = "Use at most 100 characters") String city,
		@Nullable @Pattern(regexp = "[A-Z]{2}", message = "Use the 2-letter state code, like NY") String state,
		@Nullable @Pattern(regexp = "\\d{5}(-\\d{4})?", message = "Use a 5-digit ZIP code") String postalCode) {

}
