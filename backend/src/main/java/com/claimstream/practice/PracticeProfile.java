package com.claimstream.practice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.claimstream.common.Address;
import com.claimstream.common.PhoneNumber;

/**
 * What claims need to know about the billing practice (PRODUCT 2): the body of "update
 * the practice profile" and what every member reads. Any field may still be missing;
 * {@link ClaimReadiness} says which ones block claims.
 */
public record PracticeProfile(@Nullable @Size(max = 200, message = "Use at most 200 characters") String legalName,
		@Nullable @ValidEin String taxId, @Nullable @ValidNpi String groupNpi, @Nullable @Valid Address address,
		@Nullable @Pattern(regexp = PhoneNumber.E164, message = PhoneNumber.E164_MESSAGE) String phone) {

	static PracticeProfile empty() {
		return new PracticeProfile(null, null, null, null, null);
	}

	/** Text trimmed, blanks as missing, the EIN as its nine digits. */
	PracticeProfile normalized() {
		String ein = Text.orNull(this.taxId);
		return new PracticeProfile(Text.orNull(this.legalName), (ein != null) ? Ein.normalize(ein) : null,
				Text.orNull(this.groupNpi), normalized(this.address), Text.orNull(this.phone));
	}

	private static @Nullable Address normalized(@Nullable Address address) {
		if (address == null) {
			return null;
		}
		Address trimmed = new Address(Text.orNull(address.line1()), Text.orNull(address.line2()),
				Text.orNull(address.city()), Text.orNull(address.state()), Text.orNull(address.postalCode()));
		boolean empty = trimmed.line1() == null && trimmed.line2() == null && trimmed.city() == null
				&& trimmed.state() == null && trimmed.postalCode() == null;
		return empty ? null : trimmed;
	}

}
