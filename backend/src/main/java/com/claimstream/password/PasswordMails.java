package com.claimstream.password;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.claimstream.notification.Mail;
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
		String text = """
				Hi %s,

				Someone asked to reset the password of your Claimstream account. Choose a new password: %s

				The link works once, for %s. If you did not ask for it, ignore this email: your password stays as it is.
				""".formatted(account.name(), link, lifetime);
		String html = """
				<p>Hi %s,</p>
				<p>Someone asked to reset the password of your Claimstream account.</p>
				<p><a href="%s">Choose a new password</a></p>
				<p>The link works once, for %s. If you did not ask for it, ignore this email: your password stays as it is.</p>
				"""
			.formatted(HtmlUtils.htmlEscape(account.name()), HtmlUtils.htmlEscape(link), lifetime);
		return new Mail(account.email(), "Reset your Claimstream password", text, html);
	}

	Mail passwordChanged(AccountSummary account) {
		String link = this.publicUrl + base(account) + "/forgot-password";
		String text = """
				Hi %s,

				The password of your Claimstream account was just changed, and every other device was signed out.

				If this was not you, reset your password now: %s
				""".formatted(account.name(), link);
		String html = """
				<p>Hi %s,</p>
				<p>The password of your Claimstream account was just changed, and every other device was signed out.</p>
				<p>If this was not you, <a href="%s">reset your password now</a>.</p>
				""".formatted(HtmlUtils.htmlEscape(account.name()), HtmlUtils.htmlEscape(link));
		return new Mail(account.email(), "Your Claimstream password was changed", text, html);
	}

	private static String base(AccountSummary account) {
		return account.role().isPracticeMember() ? "/app" : "/portal";
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + ((count == 1) ? "" : "s");
	}

}
