package com.claimstream.benefits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How benefit checks run: how often running checks are picked up, how long the payer may
 * take to answer, and how long an instance keeps a check it is working on.
 */
@ConfigurationProperties("claimstream.benefits")
record BenefitSettings(@DefaultValue("250ms") Duration runnerInterval, @DefaultValue("20s") Duration payerTimeout,
		@DefaultValue("1m") Duration claim) {

}
