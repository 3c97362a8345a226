package com.claimstream.security;

/**
 * Two-factor state of the signed-in account: whether it is on, whether the account may
 * turn it off (clients) and how many recovery codes are left.
 */
record TwoFactorStatus(boolean enabled, boolean required, int recoveryCodesLeft) {

}
