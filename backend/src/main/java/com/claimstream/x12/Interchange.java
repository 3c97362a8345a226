package com.claimstream.x12;

import java.time.LocalDateTime;

/**
 * The envelope of one X12 file: who sends it to whom, when, and its interchange control
 * number (ISA13, also the group's GS06), unique and increasing per sender.
 *
 * @param production false for a test file (ISA15 {@code T})
 */
public record Interchange(String senderId, String receiverId, long controlNumber, LocalDateTime createdAt,
		boolean production) {

	/** The largest ISA13: nine digits. */
	public static final long MAX_CONTROL_NUMBER = 999_999_999L;

	public Interchange {
		if (controlNumber < 1 || controlNumber > MAX_CONTROL_NUMBER) {
			throw new IllegalArgumentException("An interchange control number has 1 to 9 digits: " + controlNumber);
		}
	}

}
