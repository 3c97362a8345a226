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
		String purpose = (request.actingFor() != null)
				? "to act for " + request.actingFor() + ": pay for their sessions and follow their insurance claims"
				: "where you can pay for sessions and get reimbursed by your insurance";
		String text = """
				Hi %s,

				%s invited you to Claimstream, %s.

				Accept the invitation: %s

				The link works for 72 hours. If it has expired, ask your clinician for a new one.
				""".formatted(request.clientFirstName(), inviter, purpose, link);
		String html = """
				<p>Hi %s,</p>
				<p>%s invited you to Claimstream, %s.</p>
				<p><a href="%s">Accept the invitation</a></p>
				<p>The link works for 72 hours. If it has expired, ask your clinician for a new one.</p>
				""".formatted(HtmlUtils.htmlEscape(request.clientFirstName()), HtmlUtils.htmlEscape(inviter),
				HtmlUtils.htmlEscape(purpose), HtmlUtils.htmlEscape(link));
		return new Mail(request.email(), subject, text, html);
	}

	/** A client's invitation to their clinician: a link to practice sign-up. */
	Mail clinicianInvitation(String clientName, ClinicianInvitationRequest request) {
		String link = this.publicUrl + "/app/sign-up";
		String sender = clientName.replaceAll("\\p{Cntrl}", " ");
		String subject = sender + " invited you to Claimstream";
		String note = (request.message() != null) ? "\n" + sender + " wrote: " + request.message() + "\n" : "";
		String text = """
				Hi %s,

				%s, one of your clients, invited you to Claimstream: out-of-network billing and insurance claims for your practice, with a portal for your clients.
				%s
				Create your practice: %s
				"""
			.formatted(request.name(), sender, note, link);
		String htmlNote = (request.message() != null)
				? "<p>" + HtmlUtils.htmlEscape(sender) + " wrote: " + HtmlUtils.htmlEscape(request.message()) + "</p>"
				: "";
		String html = """
				<p>Hi %s,</p>
				<p>%s, one of your clients, invited you to Claimstream: out-of-network billing and insurance claims for your practice, with a portal for your clients.</p>
				%s
				<p><a href="%s">Create your practice</a></p>
				"""
			.formatted(HtmlUtils.htmlEscape(request.name()), HtmlUtils.htmlEscape(sender), htmlNote,
					HtmlUtils.htmlEscape(link));
		return new Mail(request.email(), subject, text, html);
	}

}
