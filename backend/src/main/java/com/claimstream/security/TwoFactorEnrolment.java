package com.claimstream.security;

/**
 * A started enrolment: the secret for manual entry and the {@code otpauth://} URI that
 * the enrolment screen renders as a QR code.
 */
record TwoFactorEnrolment(String secret, String uri) {

}
