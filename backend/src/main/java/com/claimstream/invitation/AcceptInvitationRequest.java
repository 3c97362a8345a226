package com.claimstream.invitation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Accepting a link: with the new account's password, or the existing account's.
 */
record AcceptInvitationRequest(@NotBlank(message = "The link has no token") @Size(max = 200) String token,
		@NotBlank(message = "Choose a password") @Size(max = 1024,
				message = "Use at most 128 characters") String password) {

}
