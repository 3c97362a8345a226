package com.claimstream.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Reads the invitation links the application sent, from the dev mailbox, waiting for the
 * mail delivery to pick them up.
 */
public final class Mailbox {

	private static final Pattern TOKEN = Pattern.compile("/portal/invite#token=([A-Za-z0-9_-]+)");

	private Mailbox() {
	}

	/**
	 * The token of the newest invitation sent to {@code email}, once at least
	 * {@code count} were sent.
	 */
	public static String invitationToken(WebTestClient http, String email, int count) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(deadline)) {
			List<String> texts = mailTo(http, email);
			if (texts.size() >= count) {
				Matcher link = TOKEN.matcher(texts.get(0));
				if (link.find()) {
					return link.group(1);
				}
			}
			pause();
		}
		throw new AssertionError("No invitation number " + count + " reached " + email + " within 15 s");
	}

	public static String invitationToken(WebTestClient http, String email) {
		return invitationToken(http, email, 1);
	}

	private static List<String> mailTo(WebTestClient http, String email) {
		List<?> mails = http.get()
			.uri("/api/dev/mailbox")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		return mails.stream()
			.map(Map.class::cast)
			.filter((mail) -> email.equals(mail.get("to")) && mail.get("text") != null)
			.map((mail) -> (String) mail.get("text"))
			.toList();
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
