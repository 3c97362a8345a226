package com.claimstream.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

	@Bean
	MovableClock clock() {
		return new MovableClock();
	}

}
