package com.claimstream.notification;

import reactor.core.publisher.Flux;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import org.springframework.http.HttpStatus;

/**
 * The dev mailbox: every mail the application sent, when no SMTP server is configured. It
 * does not exist when mail goes out over SMTP.
 */
@RestController
class DevMailboxController {

	private final MailDelivery delivery;

	private final MailRepository mails;

	DevMailboxController(MailDelivery delivery, MailRepository mails) {
		this.delivery = delivery;
		this.mails = mails;
	}

	@GetMapping("/api/dev/mailbox")
	Flux<MailRepository.MailboxEntry> mailbox() {
		if (!this.delivery.usesDevMailbox()) {
			return Flux.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		return this.mails.newest(100);
	}

}
