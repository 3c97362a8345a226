package com.claimstream.notification;

import reactor.core.publisher.Flux;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dev mailbox: every mail the application sent, when no SMTP server is configured. It
 * does not exist when mail goes out over SMTP.
 */
@RestController
class DevMailboxController {

	private final MailDelivery delivery;

	DevMailboxController(MailDelivery delivery) {
		this.delivery = delivery;
	}

	@GetMapping("/api/dev/mailbox")
	Flux<MailboxEntry> mailbox() {
		if (!this.delivery.usesDevMailbox()) {
			return Flux.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		return this.delivery.devMailbox();
	}

}
