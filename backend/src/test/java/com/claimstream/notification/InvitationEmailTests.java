package com.claimstream.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Practices;
import com.claimstream.support.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class InvitationEmailTests {

	private static final Pattern LINK = Pattern
		.compile("(http://localhost:\\d+)/portal/invite#token=([A-Za-z0-9_-]{43})");

	@Autowired
	WebTestClient http;

	@Test
	void theInvitationArrivesOverSmtpAndItsLinkWorks() throws Exception {
		String email = Practices.uniqueEmail("smtp");
		Practices.addClient(Practices.signUp(this.http).browser(), email);
		MimeMessage mail = awaitMailTo(email);
		assertThat(mail.getSubject()).matches("Dr\\. Test Admin at Practice \\d+ invited you to Claimstream");
		Matcher link = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
		assertThat(link.find()).as("the mail holds a link to the invitation page").isTrue();
		assertThat(link.group(1)).isEqualTo(TestEnvironment.origin());
		this.http.get().uri("/portal/invite").exchange().expectStatus().isOk();
		new Browser(this.http)
			.post("/api/invitations/accept", Map.of("token", link.group(2), "password", "from the email link"))
			.expectStatus()
			.isOk();
	}

	private static MimeMessage awaitMailTo(String email) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			for (MimeMessage message : TestEnvironment.mail().getReceivedMessages()) {
				if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((to) -> to.toString().equals(email))) {
					return message;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No mail reached " + email + " over SMTP within 15 s");
	}

}
