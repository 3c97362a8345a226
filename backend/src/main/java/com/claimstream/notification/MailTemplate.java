package com.claimstream.notification;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

import com.claimstream.notification.MailContent.Action;

/**
 * The one layout of every email: a plain-text part always, and a single-column HTML twin
 * with inline styles only (mail apps drop style sheets) that fills a phone's width and
 * stops at 560 px on a desktop. The link also appears as text under the button, for mail
 * apps that block buttons.
 */
public final class MailTemplate {

	private static final String FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";

	private static final String PARAGRAPH = "<p style=\"margin:0 0 16px;\">%s</p>\n";

	private MailTemplate() {
	}

	public static Mail render(String to, MailContent content) {
		return new Mail(to, content.subject(), text(content), html(content));
	}

	private static String text(MailContent content) {
		List<String> blocks = new ArrayList<>();
		blocks.add(content.greeting());
		blocks.addAll(content.before());
		if (content.action() != null) {
			blocks.add(content.action().label() + ": " + content.action().link());
		}
		blocks.addAll(content.after());
		blocks.add("Claimstream");
		return String.join("\n\n", blocks) + "\n";
	}

	private static String html(MailContent content) {
		StringBuilder body = new StringBuilder();
		body.append(PARAGRAPH.formatted(escape(content.greeting())));
		content.before().forEach((paragraph) -> body.append(PARAGRAPH.formatted(escape(paragraph))));
		if (content.action() != null) {
			body.append(button(content.action()));
		}
		content.after().forEach((paragraph) -> body.append(PARAGRAPH.formatted(escape(paragraph))));
		return """
				<!doctype html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title>
				</head>
				<body style="margin:0;padding:0;background:#f3f5f9;">
				<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f3f5f9;">
				<tr><td align="center" style="padding:16px 8px;">
				<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;">
				<tr><td style="padding:24px 20px;%sfont-size:16px;line-height:1.5;color:#1f2937;">
				<p style="margin:0 0 20px;font-size:18px;font-weight:700;color:#2457c5;">Claimstream</p>
				%s</td></tr>
				</table>
				</td></tr>
				</table>
				</body>
				</html>
				"""
			.formatted(escape(content.subject()), FONT, body);
	}

	private static String button(Action action) {
		String link = escape(action.link());
		return """
				<p style="margin:24px 0;"><a href="%s" style="display:inline-block;padding:12px 20px;background:#2457c5;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600;">%s</a></p>
				<p style="margin:0 0 16px;font-size:13px;color:#4b5563;word-break:break-all;">Or open this link: <a href="%s" style="color:#2457c5;">%s</a></p>
				"""
			.formatted(link, escape(action.label()), link, link);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
