package com.claimstream.invitation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.claimstream.notification.Mail;
import com.claimstream.notification.MailContent;
import com.claimstream.notification.MailTemplate;

/**
 * The invitation email. The token travels in the link's fragment, which browsers never
 * send to a server, so prefetchers and logs never see it.
 */
@Component
class InvitationMails {

	private final String publicUrl;

	InvitationMails(@Value("${claimstream.public-url}") String publicUrl) {
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	Mail invitation(InvitationRequest request, String token) {
		String link = this.publicUrl + "/portal/invite#token=" + token;
		String inviter = (request.clinicianName() != null) ? request.clinicianName() + " at " + request.practiceName()
				: request.practiceName();
		String purpose = (request.actingFor() != null)
				? "to act for " + request.actingFor() + ": pay for their sessions and follow their insurance claims"
				: "where you can pay for sessions and get reimbursed by your insurance";
		return MailTemplate.render(request.email(),
				new MailContent(inviter + " invited you to Claimstream", "Hi " + request.clientFirstName() + ",",
						List.of(inviter + " invited you to Claimstream, " + purpose + "."),
						new MailContent.Action("Accept the invitation", link),
						List.of("The link works for 72 hours. If it has expired, ask your clinician for a new one.")));
	}

	/** A client's invitation to their clinician: a link to practice sign-up. */
	Mail clinicianInvitation(String clientName, ClinicianInvitationRequest request) {
		String sender = clientName.replaceAll("\\p{Cntrl}", " ");
		List<String> before = new ArrayList<>();
		before.add(sender + ", one of your clients, invited you to Claimstream: out-of-network billing and "
				+ "insurance claims for your practice, with a portal for your clients.");
		if (request.message() != null) {
			before.add(sender + " wrote: " + request.message());
		}
		return MailTemplate.render(request.email(),
				new MailContent(sender + " invited you to Claimstream", "Hi " + request.name() + ",", before,
						new MailContent.Action("Create your practice", this.publicUrl + "/app/sign-up"), List.of()));
	}

}
