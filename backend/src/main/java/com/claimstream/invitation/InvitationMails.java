package com.claimstream.invitation;

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
		return MailTemplate.render(request.email(), new MailContent(inviter + " invited you to Claimstream",
				"Hi " + request.clientFirstName() + ",",
				List.of(inviter
						+ " invited you to Claimstream, where you can pay for sessions and get reimbursed by your insurance."),
				new MailContent.Action("Accept the invitation", link),
				List.of("The link works for 72 hours. If it has expired, ask your clinician for a new one.")));
	}

}
