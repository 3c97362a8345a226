package com.claimstream.practice;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.claimstream.notification.Mail;
import com.claimstream.notification.MailContent;
import com.claimstream.notification.MailTemplate;

/**
 * The two answers a practice sign-up can get by email: the link that finishes it, or,
 * when the email already has an account, a notice. The token travels in the link's
 * fragment, which browsers never send to a server.
 */
@Component
class SignUpMails {

	private final String publicUrl;

	SignUpMails(@Value("${claimstream.public-url}") String publicUrl) {
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	Mail confirm(String email, String yourName, String practiceName, String token, Duration validFor) {
		String link = this.publicUrl + "/app/sign-up/complete#token=" + token;
		return MailTemplate.render(email,
				new MailContent("Confirm your email to create " + practiceName, "Hi " + yourName + ",",
						List.of("Confirm that this is your email to finish creating " + practiceName
								+ " on Claimstream. You will be its administrator."),
						new MailContent.Action("Create my practice", link),
						List.of("The link works once, for " + validFor.toHours()
								+ " hours. If you did not sign up, ignore this email: nothing is created.")));
	}

	Mail alreadyRegistered(String email) {
		return MailTemplate.render(email,
				new MailContent("Someone tried to sign up with your email", "Hi,", List.of(
						"Someone tried to create a Claimstream practice with this email, which already has an account. "
								+ "No new account was created.",
						"If it was you, sign in instead; if you forgot your password, reset it."),
						new MailContent.Action("Sign in", this.publicUrl + "/app/sign-in"),
						List.of("Forgot your password? Reset it at " + this.publicUrl + "/app/forgot-password")));
	}

}
