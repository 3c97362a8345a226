package com.claimstream.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * The notifications a client chooses channels for (PRODUCT 5). Security notices (password
 * changed, invitations, reset links) are not among them: they always go by email through
 * {@link MailService}.
 */
public enum ClientNotice {

	APPOINTMENT_CREATED("appointment.created"), APPOINTMENT_RESCHEDULED("appointment.rescheduled"),
	APPOINTMENT_CANCELLED("appointment.cancelled"), REQUEST_CONFIRMED("appointment-request.confirmed"),
	REQUEST_DECLINED("appointment-request.declined"), PAYMENT_RECEIPT("payment.receipt"),
	CLAIM_DECIDED("claim.decided"), REIMBURSEMENT_SENT("reimbursement.sent"),
	BENEFIT_CHECK_UPDATED("benefit-check.updated");

	private final String wire;

	ClientNotice(String wire) {
		this.wire = wire;
	}

	public String wire() {
		return this.wire;
	}

	static Optional<ClientNotice> fromWire(String wire) {
		return Arrays.stream(values()).filter((notice) -> notice.wire.equals(wire)).findFirst();
	}

}
