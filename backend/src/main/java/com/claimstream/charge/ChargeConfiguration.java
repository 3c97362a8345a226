package com.claimstream.charge;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.claimstream.common.PeriodicTask;

@Configuration(proxyBeanMethods = false)
class ChargeConfiguration {

	@Bean
	PeriodicTask inDoubtChargeResolver(InDoubtCharges charges,
			@Value("${claimstream.charges.resolver-interval:2s}") Duration interval) {
		return new PeriodicTask("in-doubt charge resolver", interval, charges::resolve);
	}

}
