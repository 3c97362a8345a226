package com.claimstream.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.claimstream.common.Address;
import com.claimstream.common.PhoneNumber;

/**
 * What a practice records about a client (PRODUCT 3): the body of "add client", and the
 * profile part of every client response.
 */
public record ClientProfile(
		@NotBlank(message = "Enter the first name") @Size(max = 100,
				message = "Use at most 100 characters") String firstName,
		@NotBlank(message = "Enter the last name") @Size(max = 100,
				message = "Use at most 100 characters") String lastName,
		@NotBlank(message = "Enter the email") @Email(message = "Enter a valid email address") @Size(max = 320,
				message = "Use at most 320 characters") String email,
		@Nullable @Size(max = 100, message = "Use at most 100 characters") String preferredName,
		@Nullable @Size(max = 50, message = "Use at most 50 characters") String pronouns,
		@Nullable @PastOrPresent(message = "The date of birth cannot be in the future") LocalDate dateOfBirth,
		@Nullable @Pattern(regexp = "female|male|intersex|unknown",
				message = "Choose female, male, intersex or unknown") String sexAtBirth,
		@Nullable @Pattern(regexp = E164,
				message = "Use the international format, like +12125551234") String mobilePhone,
		@Nullable Boolean smsConsent, @Nullable Boolean emailConsent,
		@Nullable @Size(max = 50, message = "Use at most 50 characters") String preferredLanguage,
		@Nullable @Size(max = 64, message = "Use at most 64 characters") String timezone,
		@Nullable @Valid Address address, @Nullable @Valid EmergencyContact emergencyContact,
		@Nullable @Size(max = 2000, message = "Use at most 2,000 characters") String alertNote,
		@Nullable UUID clinicianId, @Nullable @Pattern(regexp = PaymentType.PATTERN,
				message = "Choose " + PaymentType.CHOICES) String paymentType) {

	/** A phone number in E.164: a plus, a country code and up to 15 digits. */
	static final String E164 = PhoneNumber.E164;

	static final String SELF_PAY = "self_pay";

	/** The same profile with emails in lower case, text trimmed and defaults applied. */
	ClientProfile normalized() {
		return new ClientProfile(this.firstName.trim(), this.lastName.trim(),
				this.email.trim().toLowerCase(Locale.ROOT), blankToNull(this.preferredName), blankToNull(this.pronouns),
				this.dateOfBirth, this.sexAtBirth, blankToNull(this.mobilePhone), Boolean.TRUE.equals(this.smsConsent),
				!Boolean.FALSE.equals(this.emailConsent), blankToNull(this.preferredLanguage),
				blankToNull(this.timezone), this.address, this.emergencyContact, blankToNull(this.alertNote),
				this.clinicianId, (this.paymentType != null) ? this.paymentType : SELF_PAY);
	}

	ClientProfile withClinician(@Nullable UUID clinician) {
		return new ClientProfile(this.firstName, this.lastName, this.email, this.preferredName, this.pronouns,
				this.dateOfBirth, this.sexAtBirth, this.mobilePhone, this.smsConsent, this.emailConsent,
				this.preferredLanguage, this.timezone, this.address, this.emergencyContact, this.alertNote, clinician,
				this.paymentType);
	}

	/**
	 * The names of the fields whose value differs in {@code edited}, in declaration
	 * order: what the edit history records (never the values, which may be PHI).
	 */
	List<String> changedFields(ClientProfile edited) {
		return ChangedFields.between(this, edited);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
