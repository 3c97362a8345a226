package com.claimstream.client;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.claimstream.common.PhoneNumber;

/**
 * A contact (guardian, relative) the practice adds to a client.
 */
public record ContactRequest(
		@NotBlank(message = "Enter the contact's name") @Size(max = 200,
				message = "Use at most 200 characters") String name,
		@NotBlank(message = "Enter the relationship, like Mother") @Size(max = 100,
				message = "Use at most 100 characters") String relationship,
		@NotBlank(message = "Enter the email") @Email(message = "Enter a valid email address") @Size(max = 320,
				message = "Use at most 320 characters") String email,
		@Nullable @Pattern(regexp = PhoneNumber.E164, message = PhoneNumber.E164_MESSAGE) String phone,
		@NotNull(message = "Choose whether the contact gets portal access") Boolean portalAccess) {

	ContactRequest normalized() {
		return new ContactRequest(this.name.trim(), this.relationship.trim(),
				this.email.trim().toLowerCase(Locale.ROOT),
				(this.phone == null || this.phone.isBlank()) ? null : this.phone.trim(), this.portalAccess);
	}

}
