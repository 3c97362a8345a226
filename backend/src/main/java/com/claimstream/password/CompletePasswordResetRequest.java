package com.claimstream.password;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CompletePasswordResetRequest(@NotBlank(message = "The link has no token") @Size(max = 200) String token,
		@NotBlank(message = "Choose a password") @Size(max = 1024,
				message = "Use at most 128 characters") String password) {

}
