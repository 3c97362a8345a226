package com.claimstream.notification;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

class MailDeliveryTests {

	@Test
	void withoutSmtpMailGoesToTheDevMailbox() {
		assertThat(delivery(false, "auto").usesDevMailbox()).isTrue();
	}

	@Test
	void withSmtpTheDevMailboxIsGoneUnlessAskedFor() {
		assertThat(delivery(true, "auto").usesDevMailbox()).isFalse();
		assertThat(delivery(true, "always").usesDevMailbox()).isTrue();
	}

	private static MailDelivery delivery(boolean smtp, String devMailbox) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (smtp) {
			beans.addBean("mailSender", new JavaMailSenderImpl());
		}
		return new MailDelivery(new MailRepository(null), beans.getBeanProvider(JavaMailSender.class), devMailbox,
				Clock.systemUTC());
	}

}
