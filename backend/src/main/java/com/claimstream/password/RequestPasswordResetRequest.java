package com.claimstream.password;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.claimstream.security.Portal;

record RequestPasswordResetRequest(@NotBlank(message = "Enter your email") @Size(max = 320) String email,
		@NotNull(message = "Choose the practice or the client portal") PortalName portal) {

	enum PortalName {

		practice, client;

		Portal portal() {
			return (this == practice) ? Portal.PRACTICE : Portal.CLIENT;
		}

	}

}
