package com.claimstream.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Accepting a team invitation: the link's token and the new account's password. */
record JoinRequest(@NotBlank @Size(max = 100) String token, @NotBlank(message = "Choose a password") String password) {

	@Override
	public String toString() {
		return "JoinRequest[token=…, password=…]";
	}

}
