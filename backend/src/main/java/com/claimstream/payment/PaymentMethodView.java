package com.claimstream.payment;

import java.time.Instant;
import java.util.UUID;

/** A payment method as both portals show it. */
record PaymentMethodView(UUID id, String brand, String last4, int expMonth, int expYear, String funding,
		boolean isDefault, Instant createdAt) {
}
