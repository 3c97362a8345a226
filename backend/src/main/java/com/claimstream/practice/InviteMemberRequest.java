package com.claimstream.practice;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.claimstream.security.Role;

record InviteMemberRequest(
		@NotBlank(message = "Enter the member's email") @Email(message = "Enter a valid email address") @Size(
				max = 254) String email,
		@NotBlank(message = "Enter the member's name") @Size(max = 200) String name,
		@NotNull(message = "Choose a role") Role role) {

}
