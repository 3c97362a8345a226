package com.claimstream.insurance;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A policy as the form sends it: a catalog payer by {@code payerId}, or an insurer by the
 * name typed ({@code payerName}); the subscriber's name and date of birth only when the
 * client is not the subscriber.
 */
record PolicyRequest(@Nullable String payerId, @Nullable String payerName, @Nullable String memberId,
		@Nullable String groupNumber, @Nullable String relationship, @Nullable String subscriberFirstName,
		@Nullable String subscriberLastName, @Nullable LocalDate subscriberDateOfBirth,
		@Nullable LocalDate clientDateOfBirth) {

}
