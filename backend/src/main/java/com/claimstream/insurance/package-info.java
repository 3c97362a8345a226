/**
 * Insurance (PRODUCT §6): the payer catalog and its matching, a client's one primary
 * policy with its card images, and the client's reimbursement bank account. Saving a
 * policy announces {@code insurance.updated} and tells every {@link PolicyListener} in
 * the same transaction (benefit checks start there); it never creates a claim. Owns the
 * {@code insurance_policy}, {@code insurance_card} and {@code reimbursement_account}
 * tables.
 */
@NullMarked
package com.claimstream.insurance;

import org.jspecify.annotations.NullMarked;
