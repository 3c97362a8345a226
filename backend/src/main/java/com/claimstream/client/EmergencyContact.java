package com.claimstream.client;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Who to call in an emergency.
 */
public record EmergencyContact(@Nullable @Size(max = 200, message = "Use at most 200 characters") String name,
		@Nullable @Pattern(regexp = ClientProfile.E164,
				message = "Use the international format, like +12125551234") String phone,
		@Nullable @Size(max = 100, message = "Use at most 100 characters") String relationship) {

}
