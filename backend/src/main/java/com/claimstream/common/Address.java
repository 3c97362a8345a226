package com.claimstream.common;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A US postal address, shared by client and practice profiles.
 */
public record Address(@Nullable @Size(max = 200, message = "Use at most 200 characters") String line1,
		@Nullable @Size(max = 200, message = "Use at most 200 characters") String line2,
		@Nullable @Size(max = 100, message = "Use at most 100 characters") String city,
		@Nullable @Pattern(regexp = US_STATE, message = "Use a US state code, like NY") String state,
		@Nullable @Pattern(regexp = "\\d{5}(-\\d{4})?", message = "Use a 5-digit ZIP code") String postalCode) {

	/**
	 * The USPS codes of the states, DC, the territories and the military post offices.
	 */
	public static final String US_STATE = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO"
			+ "|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|AS|GU|MP|PR|VI|AA|AE|AP";

}
