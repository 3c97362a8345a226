package com.claimstream.claims;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.claimstream.common.PeriodicTask;

@Configuration(proxyBeanMethods = false)
class ClaimsConfiguration {

	@Bean
	PeriodicTask claimRunner(ClaimService claims, ClaimSettings settings) {
		return new PeriodicTask("claims", settings.runnerInterval(), claims::runDue);
	}

}
