/**
 * The practice's payout bank account (PRODUCT §2): a US checking account, routing number
 * checked with the ABA check digit, account number sealed with
 * {@link com.claimstream.common.SecretBox} so that only its last four digits ever leave
 * the server. Administrators only. Owns the {@code payout_account} table.
 */
@NullMarked
package com.claimstream.banking;

import org.jspecify.annotations.NullMarked;
