package com.claimstream.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What claims need to know about a practice member as the rendering provider (PRODUCT 2):
 * the body of "update my profile" and what members read of each other.
 */
public record ClinicianProfile(
		@NotBlank(message = "Enter your name") @Size(max = 200, message = "Use at most 200 characters") String name,
		@Nullable @Size(max = 50, message = "Use at most 50 characters") String credentials,
		@Nullable @ValidNpi String npi,
		@Nullable @Pattern(regexp = "[A-Z]{2}", message = "Use the 2-letter state code, like NY") String licenseState) {

	/** The profile of a member who has not filled theirs in: their account name only. */
	static ClinicianProfile named(String name) {
		return new ClinicianProfile(name, null, null, null);
	}

	ClinicianProfile normalized() {
		return new ClinicianProfile(this.name.trim(), Text.orNull(this.credentials), Text.orNull(this.npi),
				Text.orNull(this.licenseState));
	}

}
