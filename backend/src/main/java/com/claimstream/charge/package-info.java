/**
 * Charging profiles and charges (PRODUCT §10, §11): a charge is priced by
 * {@link com.claimstream.common.Pricing}, created with an {@code Idempotency-Key}
 * (ARCHITECTURE §6), committed in {@code processing} before the card processor is called,
 * and settled with its ledger transaction, events and owed claim in one transaction; an
 * in-doubt resolver finishes what a cancelled or crashed request left (ADR 0020). Owns
 * the {@code charging_profile}, {@code charge} and {@code idempotent_request} tables.
 */
@NullMarked
package com.claimstream.charge;

import org.jspecify.annotations.NullMarked;
