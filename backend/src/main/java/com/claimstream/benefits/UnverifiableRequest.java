package com.claimstream.benefits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the benefits could not be verified, as the administrator tells the client. */
record UnverifiableRequest(@NotBlank(message = "Say why the benefits could not be verified") @Size(max = 500,
		message = "Use at most 500 characters") String reason) {

}
