package com.claimstream.invitation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.claimstream.notification.Mail;

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
		String subject = inviter + " invited you to Claimstream";
		String text = """
				Hi %s,

				%s invited you to Claimstream, where you can pay for sessions and get reimbursed by your insurance.

				Accept the invitation: %s

				The link works for 72 hours. If it has expired, ask your clinician for a new one.
				""".formatted(request.clientFirstName(), inviter, link);
		String html = """
				<p>Hi %s,</p>
				<p>%s invited you to Claimstream, where you can pay for sessions and get reimbursed by your insurance.</p>
				<p><a href="%s">Accept the invitation</a></p>
				<p>The link works for 72 hours. If it has expired, ask your clinician for a new one.</p>
				"""
			.formatted(HtmlUtils.htmlEscape(request.clientFirstName()), HtmlUtils.htmlEscape(inviter),
					HtmlUtils.htmlEscape(link));
		return new Mail(request.email(), subject, text, html);
	}

}
