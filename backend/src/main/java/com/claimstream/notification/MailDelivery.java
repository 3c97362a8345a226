package com.claimstream.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import jakarta.mail.internet.MimeMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Delivers queued mail: over SMTP when {@code spring.mail.host} is set, retrying with
 * backoff for a day (see {@link Outbox} for the at-least-once choice); otherwise into the
 * dev mailbox.
 */
@Component
class MailDelivery {

	private static final Log logger = LogFactory.getLog(MailDelivery.class);

	private final MailRepository mails;

	private final @Nullable JavaMailSender smtp;

	private final boolean devMailbox;

	private final Clock clock;

	/**
	 * @param devMailbox {@code auto}: the dev mailbox keeps mail only when there is no
	 * SMTP; {@code always}: it also keeps a copy of what SMTP sent (tests and local SMTP
	 * catchers)
	 */
	MailDelivery(MailRepository mails, ObjectProvider<JavaMailSender> smtp,
			@Value("${claimstream.mail.dev-mailbox:auto}") String devMailbox, Clock clock) {
		this.mails = mails;
		this.smtp = smtp.getIfAvailable();
		this.devMailbox = (this.smtp == null) || "always".equals(devMailbox);
		this.clock = clock;
	}

	boolean usesDevMailbox() {
		return this.devMailbox;
	}

	/** The newest mail, for the dev mailbox page; empty when there is no dev mailbox. */
	Flux<MailboxEntry> devMailbox() {
		return this.devMailbox ? this.mails.newest(100) : Flux.empty();
	}

	Mono<Void> deliverDue() {
		return this.mails.claimDue(this.clock.instant(), Outbox.LEASE, Outbox.BATCH).concatMap(this::deliver).then();
	}

	private Mono<Void> deliver(MailRepository.QueuedMail queued) {
		JavaMailSender sender = this.smtp;
		if (sender == null) {
			return this.mails.markSent(queued.id(), "dev_mailbox", this.clock.instant(), true);
		}
		return Mono.fromRunnable(() -> sender.send(message(sender, queued)))
			.subscribeOn(Schedulers.boundedElastic())
			.then(Mono.defer(() -> this.mails.markSent(queued.id(), "sent", this.clock.instant(), this.devMailbox)))
			.onErrorResume((ex) -> retryLater(queued, ex));
	}

	private Mono<Void> retryLater(MailRepository.QueuedMail queued, Throwable ex) {
		Instant now = this.clock.instant();
		logger.warn("Mail " + queued.id() + " not delivered (attempt " + queued.attempts() + "): " + ex.getMessage());
		return this.mails.markFailedAttempt(queued.id(), Outbox.retryAt(now, queued.attempts()),
				String.valueOf(ex.getMessage()), Outbox.givesUp(now, queued.createdAt()));
	}

	private static MimeMessage message(JavaMailSender sender, MailRepository.QueuedMail queued) {
		Mail mail = queued.mail();
		MimeMessage message = new OutboxMessage(sender.createMimeMessage(), queued.id());
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.text(), mail.html());
			message.saveChanges();
			return message;
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalArgumentException("Mail " + mail.subject() + " cannot be built", ex);
		}
	}

}
