package com.claimstream.notification;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.claimstream.common.PeriodicTask;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	@Bean
	PeriodicTask mailDeliveryTask(MailDelivery delivery,
			@Value("${claimstream.mail.poll-interval:500ms}") Duration interval) {
		return new PeriodicTask("mail delivery", interval, delivery::deliverDue);
	}

	@Bean
	PeriodicTask smsDeliveryTask(SmsDelivery delivery,
			@Value("${claimstream.mail.poll-interval:500ms}") Duration interval) {
		return new PeriodicTask("text message delivery", interval, delivery::deliverDue);
	}

}
