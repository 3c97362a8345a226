package com.claimstream.payment;

/**
 * What a processor tells about a tokenized card: never its number.
 */
public record CardDetails(String brand, String last4, int expMonth, int expYear, CardFunding funding) {
}
