package com.claimstream.notification;

import reactor.core.publisher.Flux;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dev mailbox: every mail the application sent, when no SMTP server is configured (it
 * does not exist when mail goes out over SMTP), and every text message of the SMS
 * sandbox.
 */
@RestController
class DevMailboxController {

	private final MailDelivery delivery;

	private final SmsDelivery sms;

	DevMailboxController(MailDelivery delivery, SmsDelivery sms) {
		this.delivery = delivery;
		this.sms = sms;
	}

	@GetMapping("/api/dev/mailbox")
	Flux<MailboxEntry> mailbox() {
		if (!this.delivery.usesDevMailbox()) {
			return Flux.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		return this.delivery.devMailbox();
	}

	/** The text messages the SMS sandbox recorded, beside the mail on the same page. */
	@GetMapping("/api/dev/sms")
	Flux<SmsboxEntry> sms() {
		return this.sms.sandbox();
	}

}
