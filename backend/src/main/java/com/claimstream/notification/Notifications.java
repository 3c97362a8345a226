package com.claimstream.notification;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The one way a client notification of PRODUCT 5 is sent: every feature that tells a
 * client about an appointment, a request, a payment receipt, a claim decision or a
 * reimbursement calls {@link #send} in the transaction of the change, and this service
 * decides whether and where the notice goes. Security notices (invitations, reset links,
 * password changed) bypass it and always go by email through {@link MailService}.
 */
@Service
public class Notifications {

	private final NotificationPreferences preferences;

	private final MailService mail;

	private final SmsService sms;

	Notifications(NotificationPreferences preferences, MailService mail, SmsService sms) {
		this.preferences = preferences;
		this.mail = mail;
		this.sms = sms;
	}

	/** Queues the notice on the channels {@link #channels} chooses. */
	public Mono<Set<Channel>> send(NotificationRecipient recipient, ClientNotice notice, MailContent email,
			String text) {
		return channels(recipient, notice).flatMap((channels) -> {
			Mono<Void> byEmail = channels.contains(Channel.EMAIL)
					? this.mail.queue(MailTemplate.render(recipient.email(), email)) : Mono.empty();
			Mono<Void> bySms = channels.contains(Channel.SMS) ? this.sms.queue(recipient.mobilePhone(), text)
					: Mono.empty();
			return byEmail.then(bySms).thenReturn(channels);
		});
	}

	/**
	 * Email when the client consents to email and has not turned the notice off (on by
	 * default); a text message when the client has a mobile number with SMS consent and
	 * turned it on (off by default). Possibly neither.
	 */
	public Mono<Set<Channel>> channels(NotificationRecipient recipient, ClientNotice notice) {
		Mono<Map<ClientNotice, NoticePreference>> choices = (recipient.accountId() != null)
				? this.preferences.choices(recipient.accountId()) : this.preferences.defaults();
		return choices.map((all) -> {
			NoticePreference choice = all.get(notice);
			Set<Channel> channels = EnumSet.noneOf(Channel.class);
			if (recipient.emailConsent() && choice.enabled(Channel.EMAIL)) {
				channels.add(Channel.EMAIL);
			}
			if (recipient.canText() && choice.enabled(Channel.SMS)) {
				channels.add(Channel.SMS);
			}
			return channels;
		});
	}

}
