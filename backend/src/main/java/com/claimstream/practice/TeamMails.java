package com.claimstream.practice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.claimstream.notification.Mail;

/**
 * The team invitation email. The token travels in the link's fragment, which browsers
 * never send to a server, so prefetchers and logs never see it.
 */
@Component
class TeamMails {

	private final String publicUrl;

	TeamMails(@Value("${claimstream.public-url}") String publicUrl) {
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	Mail invitation(TeamInvitation invitation, String practiceName, String token) {
		String link = this.publicUrl + "/app/join#token=" + token;
		String subject = "Join " + practiceName + " on Claimstream";
		String text = """
				Hi %s,

				You were invited to join %s on Claimstream as %s.

				Join the team: %s

				The link works for 72 hours. If it has expired, ask your practice administrator for a new one.
				""".formatted(invitation.name(), practiceName, roleName(invitation), link);
		String html = """
				<p>Hi %s,</p>
				<p>You were invited to join %s on Claimstream as %s.</p>
				<p><a href="%s">Join the team</a></p>
				<p>The link works for 72 hours. If it has expired, ask your practice administrator for a new one.</p>
				""".formatted(HtmlUtils.htmlEscape(invitation.name()), HtmlUtils.htmlEscape(practiceName),
				roleName(invitation), HtmlUtils.htmlEscape(link));
		return new Mail(invitation.email(), subject, text, html);
	}

	private static String roleName(TeamInvitation invitation) {
		return switch (invitation.role()) {
			case PRACTICE_ADMIN -> "an administrator";
			case CLINICIAN -> "a clinician";
			default -> "a staff member";
		};
	}

}
