package com.claimstream.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A six-digit code from the authenticator app. */
record CodeRequest(@NotBlank(message = "Enter the 6-digit code from your app") @Size(max = 16) String code) {

}
