/**
 * Benefit checks (instant, through the eligibility port and its sandbox, and manual), the
 * estimate engine, the benefits summary and payment-type eligibility (PRODUCT §7, §9,
 * §10). Owns the {@code benefit_check} and {@code benefit_claim_outcome} tables.
 */
@NullMarked
package com.claimstream.benefits;

import org.jspecify.annotations.NullMarked;
