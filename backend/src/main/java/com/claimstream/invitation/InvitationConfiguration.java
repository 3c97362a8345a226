package com.claimstream.invitation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.claimstream.common.PeriodicTask;

@Configuration(proxyBeanMethods = false)
class InvitationConfiguration {

	@Bean
	PeriodicTask invitationExpiryTask(InvitationService invitations, InvitationSettings settings) {
		return new PeriodicTask("invitation expiry", settings.expirySweep(), invitations::expireDue);
	}

}
