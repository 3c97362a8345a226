/**
 * Passwords after sign-up: reset by an emailed link (256-bit token from
 * {@code SecretTokens}, stored hashed, valid an hour, single use, redeemed only by POST;
 * a newer link replaces older ones) and change by a signed-in account. Both end the
 * account's other sessions and email a notice. Accounts and sessions stay in
 * {@code security}.
 */
@NullMarked
package com.claimstream.password;

import org.jspecify.annotations.NullMarked;
