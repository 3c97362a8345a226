package com.claimstream.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

	/**
	 * The application's clock, for helpers without a context (the test authenticator).
	 */
	static volatile MovableClock current;

	@Bean
	MovableClock clock() {
		MovableClock clock = new MovableClock();
		current = clock;
		return clock;
	}

}
