package com.claimstream.payment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A card to add, by the token the processor's card field gave the browser.
 */
record PaymentMethodRequest(@NotBlank(message = "Enter the card first") @Size(max = 100,
		message = "This card token is not valid") String token) {
}
