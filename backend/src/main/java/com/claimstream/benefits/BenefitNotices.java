package com.claimstream.benefits;

import java.util.List;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.claimstream.client.ClientRef;
import com.claimstream.notification.ClientNotice;
import com.claimstream.notification.MailContent;
import com.claimstream.notification.MailService;
import com.claimstream.notification.MailTemplate;
import com.claimstream.notification.NotificationRecipient;
import com.claimstream.notification.Notifications;
import com.claimstream.security.AccountService;
import com.claimstream.security.MemberAccount;
import com.claimstream.security.Role;
import com.claimstream.stream.EventLog;
import com.claimstream.stream.NewEvent;

/**
 * What a benefit check's moves tell people: a live event to the client and the practice
 * members who see the client (ids and status only), and, when a check has results or
 * needs manual verification, an email to the client (by their notification choices) and
 * to the client's clinician (the administrators when none is assigned).
 */
@Component
class BenefitNotices {

	/** The event kind of each state a check moves to. */
	private static final Map<BenefitCheckStatus, String> KINDS = Map.of(BenefitCheckStatus.RUNNING,
			"benefit_check.started", BenefitCheckStatus.COMPLETE, "benefit_check.completed",
			BenefitCheckStatus.INCOMPLETE, "benefit_check.incomplete", BenefitCheckStatus.FAILED,
			"benefit_check.failed", BenefitCheckStatus.MANUAL_REQUESTED, "benefit_check.manual_requested",
			BenefitCheckStatus.VERIFIED, "benefit_check.verified", BenefitCheckStatus.UNVERIFIABLE,
			"benefit_check.unverifiable");

	private static final Set<BenefitCheckStatus> RESULTS = Set.of(BenefitCheckStatus.COMPLETE,
			BenefitCheckStatus.VERIFIED);

	private final EventLog events;

	private final Notifications notifications;

	private final MailService mail;

	private final AccountService accounts;

	private final String publicUrl;

	BenefitNotices(EventLog events, Notifications notifications, MailService mail, AccountService accounts,
			@Value("${claimstream.public-url}") String publicUrl) {
		this.events = events;
		this.notifications = notifications;
		this.mail = mail;
		this.accounts = accounts;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** The check moved to its current state: the event, then any emails. */
	Mono<Void> moved(ClientRef client, BenefitCheck check) {
		NewEvent event = new NewEvent(KINDS.get(check.status()), client.practiceId(), client.audience(),
				"benefit_check", check.id(),
				Map.of("clientId", client.clientId(), "benefitCheckId", check.id(), "status", check.status().wire()));
		return this.events.append(event).then(mails(client, check));
	}

	/**
	 * The client's payment-type eligibility may have changed (a check ended, insurance or
	 * a diagnosis changed): screens ask again.
	 */
	Mono<Void> eligibilityChanged(ClientRef client) {
		return this.events.append(new NewEvent("payment_eligibility.changed", client.practiceId(), client.audience(),
				"client", client.clientId(), Map.of("clientId", client.clientId())));
	}

	private Mono<Void> mails(ClientRef client, BenefitCheck check) {
		boolean results = RESULTS.contains(check.status());
		if (!results && !check.status().needsManualVerification()) {
			return Mono.empty();
		}
		MailContent toClient = results
				? content("Your benefit check is ready", "Hi " + client.greetingName() + ",",
						"Your insurance benefits for therapy were checked. Your estimated reimbursement and cost per "
								+ "session are in your client portal.",
						"See your estimate", "/portal")
				: content("Your benefit check needs a closer look", "Hi " + client.greetingName() + ",",
						"Your insurer did not give us all of your benefits automatically. This does not mean you "
								+ "have no coverage: your practice will verify them by hand. Make sure both sides of "
								+ "your insurance card and your date of birth are in your client portal.",
						"Open your portal", "/portal");
		String text = results ? "Claimstream: your benefit check is ready. See your estimate in your portal."
				: "Claimstream: your benefit check needs manual verification. See your portal.";
		NotificationRecipient recipient = new NotificationRecipient(client.clientAccountId(), client.email(),
				client.emailConsent(), client.mobilePhone(), client.smsConsent());
		Mono<Void> clientMail = this.notifications.send(recipient, ClientNotice.BENEFIT_CHECK_UPDATED, toClient, text)
			.then();
		String link = "/app/clients/" + client.clientId();
		Mono<Void> practiceMail = practiceRecipients(client).concatMap((member) -> this.mail.queue(MailTemplate.render(
				member.email(),
				results ? content("Benefit check complete for " + client.displayName(), "Hi " + member.name() + ",",
						"The benefit check for " + client.displayName() + " is complete. Review the benefits and the "
								+ "payment types the client can use.",
						"Open the client", link)
						: content("Manual verification needed for " + client.displayName(), "Hi " + member.name() + ",",
								"The payer did not answer the benefit check for " + client.displayName()
										+ " completely. An administrator can verify the benefits by hand.",
								"Open the client", link))))
			.then();
		return clientMail.then(practiceMail);
	}

	private MailContent content(String subject, String greeting, String paragraph, String action, String path) {
		return new MailContent(subject, greeting, List.of(paragraph),
				new MailContent.Action(action, this.publicUrl + path),
				List.of("Every amount shown is an estimate until your insurer decides a claim."));
	}

	/** The client's clinician, or the active administrators when the client has none. */
	private Flux<MemberAccount> practiceRecipients(ClientRef client) {
		return this.accounts.practiceMembers(client.practiceId())
			.filter(MemberAccount::active)
			.filter((member) -> (client.clinicianId() != null) ? member.id().equals(client.clinicianId())
					: member.role() == Role.PRACTICE_ADMIN);
	}

}
