package com.claimstream.practice;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Sign-up of a new practice and its first administrator.
 */
public record PracticeSignUpRequest(
		@NotBlank(message = "Enter the practice name") @Size(max = 200,
				message = "Use at most 200 characters") String practiceName,
		@NotBlank(message = "Enter your name") @Size(max = 200, message = "Use at most 200 characters") String yourName,
		@NotBlank(message = "Enter your email") @Email(message = "Enter a valid email address") @Size(
				max = 320) String email,
		@NotBlank(message = "Choose a password") @Size(max = 1024,
				message = "Use at most 128 characters") String password) {

}
