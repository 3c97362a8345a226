package com.claimstream.invitation;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A client asking their clinician to join Claimstream.
 */
record ClinicianInvitationRequest(
		@NotBlank(message = "Enter the clinician's name") @Size(max = 200,
				message = "Use at most 200 characters") String name,
		@NotBlank(message = "Enter the clinician's email") @Email(message = "Enter a valid email address") @Size(
				max = 320, message = "Use at most 320 characters") String email,
		@Nullable @Size(max = 1000, message = "Use at most 1,000 characters") String message) {

	ClinicianInvitationRequest normalized() {
		return new ClinicianInvitationRequest(this.name.trim(), this.email.trim().toLowerCase(Locale.ROOT),
				(this.message == null || this.message.isBlank()) ? null : this.message.trim());
	}

}
