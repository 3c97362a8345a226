package com.claimstream.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record JoinTokenRequest(@NotBlank @Size(max = 100) String token) {

	@Override
	public String toString() {
		return "JoinTokenRequest[token=…]";
	}

}
