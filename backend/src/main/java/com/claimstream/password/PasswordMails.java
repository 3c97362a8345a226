package com.claimstream.password;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.claimstream.notification.Mail;
import com.claimstream.notification.MailContent;
import com.claimstream.notification.MailTemplate;
import com.claimstream.security.AccountSummary;

/**
 * The reset link and the notice that a password changed. The token travels in the link's
 * fragment, which browsers never send to a server.
 */
@Component
class PasswordMails {

	private final String publicUrl;

	PasswordMails(@Value("${claimstream.public-url}") String publicUrl) {
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	Mail resetLink(AccountSummary account, String token, Duration validFor) {
		String link = this.publicUrl + base(account) + "/reset-password#token=" + token;
		String lifetime = (validFor.toMinutes() % 60 == 0) ? plural(validFor.toHours(), "hour")
				: plural(validFor.toMinutes(), "minute");
		return MailTemplate.render(account.email(), new MailContent("Reset your Claimstream password",
				greeting(account), List.of("Someone asked to reset the password of your Claimstream account."),
				new MailContent.Action("Choose a new password", link), List.of("The link works once, for " + lifetime
						+ ". If you did not ask for it, ignore this email: your password stays as it is.")));
	}

	Mail passwordChanged(AccountSummary account) {
		String link = this.publicUrl + base(account) + "/forgot-password";
		return MailTemplate
			.render(account.email(), new MailContent("Your Claimstream password was changed", greeting(account), List
				.of("The password of your Claimstream account was just changed, and every other device was signed out.",
						"If this was not you, reset your password now."),
					new MailContent.Action("Reset your password", link), List.of()));
	}

	private static String greeting(AccountSummary account) {
		return "Hi " + account.name() + ",";
	}

	private static String base(AccountSummary account) {
		return account.role().isPracticeMember() ? "/app" : "/portal";
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + ((count == 1) ? "" : "s");
	}

}
