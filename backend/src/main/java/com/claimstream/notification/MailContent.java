package com.claimstream.notification;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an email says, before {@link MailTemplate} lays it out: a greeting, paragraphs, at
 * most one button, and paragraphs after it. Plain text, never HTML: the template escapes
 * it.
 */
public record MailContent(String subject, String greeting, List<String> before, @Nullable Action action,
		List<String> after) {

	/** The one call to action: a button in HTML, a labelled link in plain text. */
	public record Action(String label, String link) {
	}

}
