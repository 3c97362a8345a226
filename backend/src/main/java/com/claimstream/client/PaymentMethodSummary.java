package com.claimstream.client;

/**
 * The client list's payment method column (PRODUCT §3): the default card's brand and last
 * four digits.
 */
public record PaymentMethodSummary(String brand, String last4) {
}
