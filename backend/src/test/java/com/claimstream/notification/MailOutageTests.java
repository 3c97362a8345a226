package com.claimstream.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.MovableClock;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;
import com.claimstream.support.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RELIABILITY FLT-07: an SMTP outage loses no mail and sends none twice; a crash between
 * the SMTP send and marking the mail sent resends it with the same Message-ID (the
 * at-least-once choice of {@link Outbox}).
 */
@ApiTest
class MailOutageTests {

	/** FLT-07 names 100 invitations; this many keeps the test within the CI budget. */
	private static final int INVITATIONS = 30;

	@Autowired
	WebTestClient http;

	@Autowired
	MovableClock clock;

	@Autowired
	DatabaseClient database;

	@AfterEach
	void serverBackAndClockReset() {
		if (!TestEnvironment.mail().isRunning()) {
			TestEnvironment.mail().start();
		}
		this.clock.reset();
	}

	@Test
	void invitationsQueuedDuringAnOutageAreAllDeliveredOnceAfterIt() throws Exception { // FLT-07
		SignedIn admin = Practices.signUp(this.http);
		TestEnvironment.mail().stop();
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < INVITATIONS; i++) {
			String email = Practices.uniqueEmail("outage");
			Practices.addClient(admin.browser(), email);
			emails.add(email);
		}
		await(() -> count(emails, "status = 'pending' and attempts >= 1") == INVITATIONS, "every mail tried once");
		// ten minutes of outage: every retry in it fails and keeps the mail queued
		this.clock.advance(Duration.ofMinutes(10));
		await(() -> count(emails, "status = 'pending' and attempts >= 2") == INVITATIONS, "retried in the outage");
		TestEnvironment.mail().start();
		this.clock.advance(Outbox.MAX_BACKOFF);
		await(() -> count(emails, "status = 'sent'") == INVITATIONS, "all sent after recovery");
		Map<String, Long> received = receivedBy(emails);
		assertThat(received).hasSize(INVITATIONS).allSatisfy((email, copies) -> assertThat(copies).isOne());
	}

	@Test
	void aMailResentAfterACrashKeepsItsMessageId() throws Exception {
		String email = Practices.uniqueEmail("crash");
		Practices.addClient(Practices.signUp(this.http).browser(), email);
		await(() -> count(List.of(email), "status = 'sent'") == 1, "the invitation sent");
		// the instance died after SMTP accepted the mail and before it was marked sent:
		// the
		// lease ends and another instance finds it pending
		this.database
			.sql("update outgoing_mail set status = 'pending', next_attempt_at = :now where recipient = :email")
			.bind("now", this.clock.instant())
			.bind("email", email)
			.then()
			.block();
		await(() -> messagesTo(email).size() == 2, "the mail sent again");
		List<MimeMessage> copies = messagesTo(email);
		assertThat(copies.get(0).getMessageID()).matches("<[0-9a-f-]{36}@claimstream>")
			.isEqualTo(copies.get(1).getMessageID());
	}

	private long count(List<String> emails, String condition) {
		return this.database.sql("select count(*) from outgoing_mail where recipient = any(:emails) and " + condition)
			.bind("emails", emails.toArray(String[]::new))
			.map((row) -> row.get(0, Long.class))
			.one()
			.blockOptional()
			.orElse(0L);
	}

	private static Map<String, Long> receivedBy(List<String> emails) {
		return emails.stream()
			.collect(Collectors.toMap(Function.identity(), (email) -> (long) messagesTo(email).size()));
	}

	private static List<MimeMessage> messagesTo(String email) {
		return Arrays.stream(TestEnvironment.mail().getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((to) -> to.toString().equals(email));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("Not reached within 60 s: " + what);
	}

}
