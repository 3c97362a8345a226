package com.claimstream.x12;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A claim's status as a 277CA (or a later 277) tells it: the health care claim status
 * category (STC01-1: {@code A1}–{@code A2} accepted,
 * {@code A3}/{@code A6}/{@code A7}/{@code A8} rejected, {@code P1}–{@code P4} pending),
 * the status code (STC01-2) and, when given, the payer's claim number and a message.
 * Amounts in cents.
 *
 * @param claimNumber the patient control number the claim was sent with
 */
public record ClaimAcknowledgment(String claimNumber, String payerName, String payerId, String billingName,
		String billingNpi, String memberId, String patientLastName, String patientFirstName, String category,
		String statusCode, @Nullable String payerClaimNumber, @Nullable String message, LocalDate statusDate,
		long chargeCents, LocalDate dateOfService) {

	/** Whether the claim was accepted into the payer's adjudication system. */
	public boolean accepted() {
		return this.category.startsWith("A1") || this.category.startsWith("A2");
	}

	/** Whether the claim is pending (in process, awaiting information, under review). */
	public boolean pending() {
		return this.category.startsWith("P");
	}

	/** Whether the claim was rejected and must be corrected before it is sent again. */
	public boolean rejected() {
		return !accepted() && !pending();
	}

}
