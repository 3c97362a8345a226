package com.claimstream.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record SignInRequest(@NotBlank(message = "Enter your email") @Size(max = 320) String email,
		@NotBlank(message = "Enter your password") @Size(max = 1024) String password,
		@NotNull(message = "Choose the practice or the client portal") PortalName portal) {

	enum PortalName {

		practice, client;

		Portal portal() {
			return (this == practice) ? Portal.PRACTICE : Portal.CLIENT;
		}

	}

}
