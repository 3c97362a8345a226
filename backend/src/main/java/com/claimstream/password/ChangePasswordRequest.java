package com.claimstream.password;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Other sessions end unless {@code endOtherSessions} is {@code false}.
 */
record ChangePasswordRequest(
		@NotBlank(message = "Enter your current password") @Size(max = 1024) String currentPassword,
		@NotBlank(message = "Choose a new password") @Size(max = 1024,
				message = "Use at most 128 characters") String newPassword,
		@Nullable Boolean endOtherSessions) {

	boolean endsOtherSessions() {
		return !Boolean.FALSE.equals(this.endOtherSessions);
	}

}
