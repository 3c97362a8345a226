package com.claimstream.notification;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailTemplateTests {

	private static final MailContent CONTENT = new MailContent("Welcome <Casey>", "Hi Casey & co,",
			List.of("Your practice invited you."), new MailContent.Action("Accept", "https://x.test/a?b=1&c=2"),
			List.of("The link works for 72 hours."));

	@Test
	void thePlainTextPartCarriesEverythingIncludingTheLink() {
		Mail mail = MailTemplate.render("casey@example.test", CONTENT);
		assertThat(mail.text()).isEqualTo("""
				Hi Casey & co,

				Your practice invited you.

				Accept: https://x.test/a?b=1&c=2

				The link works for 72 hours.

				Claimstream
				""");
		assertThat(mail.subject()).isEqualTo("Welcome <Casey>");
	}

	@Test
	void theHtmlPartFitsAPhoneWithInlineStylesAndEscapesText() {
		String html = MailTemplate.render("casey@example.test", CONTENT).html();
		assertThat(html).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
			.contains("width=\"100%\"")
			.contains("max-width:560px")
			.doesNotContain("<style")
			.contains("<title>Welcome &lt;Casey&gt;</title>")
			.contains("Hi Casey &amp; co,")
			.contains("href=\"https://x.test/a?b=1&amp;c=2\"");
		assertThat(html.split("https://x.test/a", -1)).as("button and visible link").hasSize(4);
	}

	@Test
	void aMailWithoutActionHasNoButton() {
		Mail mail = MailTemplate.render("casey@example.test",
				new MailContent("Receipt", "Hi Casey,", List.of("Paid."), null, List.of()));
		assertThat(mail.html()).doesNotContain("<a ");
		assertThat(mail.text()).isEqualTo("Hi Casey,\n\nPaid.\n\nClaimstream\n");
	}

}
