package com.claimstream.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The token of an emailed link (team invitation, sign-up), posted by its landing page.
 */
record LinkTokenRequest(@NotBlank @Size(max = 100) String token) {

	@Override
	public String toString() {
		return "LinkTokenRequest[token=…]";
	}

}
