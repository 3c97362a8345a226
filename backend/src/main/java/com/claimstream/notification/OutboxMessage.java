package com.claimstream.notification;

import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A mail whose Message-ID is its outbox id: a retry after a crash between the SMTP send
 * and marking it sent carries the same Message-ID, so receivers can drop the duplicate.
 * JavaMail would otherwise make up a new one on every attempt.
 */
final class OutboxMessage extends MimeMessage {

	private final UUID mailId;

	OutboxMessage(MimeMessage template, UUID mailId) {
		super(template.getSession());
		this.mailId = mailId;
	}

	@Override
	protected void updateMessageID() throws MessagingException {
		setHeader("Message-ID", "<" + this.mailId + "@claimstream>");
	}

}
