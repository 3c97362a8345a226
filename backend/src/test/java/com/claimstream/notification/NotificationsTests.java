package com.claimstream.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Mailbox;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Notifications} decides whether and where a client notice goes, and the SMS
 * sandbox delivers or fails like a provider's test mode.
 */
@ApiTest
class NotificationsTests {

	private static final MailContent RECEIPT = new MailContent("Your receipt", "Hi Casey,",
			List.of("We received your payment of $120.00."), null, List.of());

	@Autowired
	WebTestClient http;

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationPreferences preferences;

	@Test
	void emailNeedsConsentAndTextNeedsANumberConsentAndTheClientsChoice() {
		String email = Practices.uniqueEmail("route");
		assertThat(channels(new NotificationRecipient(null, email, true, "+12125550100", true)))
			.as("defaults: email on, text off")
			.containsExactly(Channel.EMAIL);
		assertThat(channels(new NotificationRecipient(null, email, false, null, false))).isEmpty();
		UUID account = connectedAccount(true);
		choose(account, false, true);
		assertThat(channels(new NotificationRecipient(account, email, true, "+12125550100", true)))
			.containsExactly(Channel.SMS);
		assertThat(channels(new NotificationRecipient(account, email, true, "+12125550100", false)))
			.as("consent withdrawn at the practice")
			.isEmpty();
		assertThat(channels(new NotificationRecipient(account, email, true, null, true))).isEmpty();
	}

	@Test
	void sendQueuesEachChosenChannelAndTheSandboxRecordsTheText() {
		UUID account = connectedAccount(true);
		choose(account, true, true);
		String email = Practices.uniqueEmail("receipt");
		String phone = "+1212555" + String.format("%04d", (int) (Math.random() * 10000));
		Set<Channel> sent = this.notifications
			.send(new NotificationRecipient(account, email, true, phone, true), ClientNotice.PAYMENT_RECEIPT, RECEIPT,
					"Claimstream: we received your payment of $120.00.")
			.block();
		assertThat(sent).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
		Mailbox.awaitSubject(this.http, email, "Your receipt");
		Map<?, ?> text = awaitText(phone, "sent");
		assertThat(text.get("body")).isEqualTo("Claimstream: we received your payment of $120.00.");
	}

	@Test
	void sandboxTestNumbersFailLikeAProvider() {
		send(SandboxSms.UNDELIVERABLE);
		assertThat(awaitText(SandboxSms.UNDELIVERABLE, "failed").get("error")).asString()
			.contains("not a mobile number");
		send(SandboxSms.UNAVAILABLE);
		assertThat(awaitText(SandboxSms.UNAVAILABLE, (entry) -> entry.get("error") != null).get("status"))
			.as("a carrier outage is retried")
			.isEqualTo("pending");
	}

	private void send(String phone) {
		UUID account = connectedAccount(true);
		choose(account, false, true);
		this.notifications
			.send(new NotificationRecipient(account, Practices.uniqueEmail("sandbox"), true, phone, true),
					ClientNotice.CLAIM_DECIDED, RECEIPT, "Claimstream: your claim was decided " + UUID.randomUUID())
			.block();
	}

	private Set<Channel> channels(NotificationRecipient recipient) {
		return this.notifications.channels(recipient, ClientNotice.PAYMENT_RECEIPT).block();
	}

	/**
	 * A connected client account whose practice has (or not) its mobile number with
	 * consent.
	 */
	private UUID connectedAccount(boolean smsConsent) {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("notified");
		Map<String, Object> profile = Map.of("firstName", "Casey", "lastName", "Client", "email", email, "mobilePhone",
				"+12125550100", "smsConsent", smsConsent);
		Map<?, ?> session = Practices.connectClient(this.http, admin.browser(), profile)
			.portal()
			.get("/api/session")
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString((String) ((Map<?, ?>) session.get("account")).get("id"));
	}

	private void choose(UUID account, boolean email, boolean sms) {
		// the portal route is the client's own; the service is what the portal calls
		this.preferences
			.update(account,
					new NotificationPreferencesUpdate(
							List.of(new NoticePreference(ClientNotice.PAYMENT_RECEIPT.wire(), email, sms),
									new NoticePreference(ClientNotice.CLAIM_DECIDED.wire(), email, sms))))
			.block();
	}

	private Map<?, ?> awaitText(String phone, String status) {
		return awaitText(phone, (entry) -> status.equals(entry.get("status")));
	}

	private Map<?, ?> awaitText(String phone, Predicate<Map<?, ?>> done) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(deadline)) {
			List<?> texts = this.http.get()
				.uri("/api/dev/sms")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(List.class)
				.returnResult()
				.getResponseBody();
			for (Object text : texts) {
				Map<?, ?> entry = (Map<?, ?>) text;
				if (phone.equals(entry.get("to")) && done.test(entry)) {
					return entry;
				}
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
		throw new AssertionError("No text message to " + phone + " reached that state within 15 s");
	}

}
