package com.claimstream.benefits;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.claimstream.common.PeriodicTask;

@Configuration(proxyBeanMethods = false)
class BenefitsConfiguration {

	@Bean
	PeriodicTask benefitCheckRunner(BenefitCheckService checks, BenefitSettings settings) {
		return new PeriodicTask("benefit checks", settings.runnerInterval(), checks::runDue);
	}

}
