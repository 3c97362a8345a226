package com.claimstream.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Reads the invitation, sign-up and password reset links the application sent, from the
 * dev mailbox, waiting for the mail delivery to pick them up.
 */
public final class Mailbox {

	private static final Pattern TOKEN = Pattern.compile("/portal/invite#token=([A-Za-z0-9_-]+)");

	private static final Pattern TEAM_TOKEN = Pattern.compile("/app/join#token=([A-Za-z0-9_-]+)");

	private static final Pattern SIGNUP_TOKEN = Pattern.compile("/app/sign-up/complete#token=([A-Za-z0-9_-]+)");

	private static final Pattern RESET_TOKEN = Pattern.compile("/(?:app|portal)/reset-password#token=([A-Za-z0-9_-]+)");

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

	/**
	 * The token of the newest password reset link sent to {@code email}, once at least
	 * {@code count} were sent.
	 */
	public static String resetToken(WebTestClient http, String email, int count) {
		return newestLink(http, email, count, RESET_TOKEN, "reset link");
	}

	/**
	 * The token of the newest team invitation sent to {@code email}, once at least
	 * {@code count} were sent.
	 */
	public static String teamInvitationToken(WebTestClient http, String email, int count) {
		return newestLink(http, email, count, TEAM_TOKEN, "team invitation");
	}

	/**
	 * The token of the newest practice sign-up link sent to {@code email}, once at least
	 * {@code count} were sent.
	 */
	public static String signUpToken(WebTestClient http, String email, int count) {
		return newestLink(http, email, count, SIGNUP_TOKEN, "sign-up link");
	}

	private static String newestLink(WebTestClient http, String email, int count, Pattern pattern, String what) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(deadline)) {
			List<Matcher> links = mailTo(http, email).stream().map(pattern::matcher).filter(Matcher::find).toList();
			if (links.size() >= count) {
				return links.get(0).group(1);
			}
			pause();
		}
		throw new AssertionError("No " + what + " number " + count + " reached " + email + " within 15 s");
	}

	public static String resetToken(WebTestClient http, String email) {
		return resetToken(http, email, 1);
	}

	/** The texts of every mail sent to {@code email} so far, newest first. */
	public static List<String> textsTo(WebTestClient http, String email) {
		return mailTo(http, email);
	}

	/** Waits until a mail with this subject reached {@code email}. */
	public static void awaitSubject(WebTestClient http, String email, String subject) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(deadline)) {
			if (subjectsTo(http, email).contains(subject)) {
				return;
			}
			pause();
		}
		throw new AssertionError("No mail \"" + subject + "\" reached " + email + " within 15 s");
	}

	public static List<String> subjectsTo(WebTestClient http, String email) {
		return mails(http).stream()
			.filter((mail) -> email.equals(mail.get("to")))
			.map((mail) -> (String) mail.get("subject"))
			.toList();
	}

	private static List<Map<?, ?>> mails(WebTestClient http) {
		List<?> mails = http.get()
			.uri("/api/dev/mailbox")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		return mails.stream().<Map<?, ?>>map(Map.class::cast).toList();
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
