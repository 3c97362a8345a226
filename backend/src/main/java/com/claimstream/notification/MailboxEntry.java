package com.claimstream.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A mail as the dev mailbox lists it.
 */
record MailboxEntry(UUID id, String to, String subject, String text, String html, Instant createdAt, String status) {

}
