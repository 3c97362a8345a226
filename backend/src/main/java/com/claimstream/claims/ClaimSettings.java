package com.claimstream.claims;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How claims move in the background: how often the runner sends due claims and fetches
 * the clearinghouse's answers, how soon a claim that needs information is looked at
 * again, and how long after it was sent a claim without a decision is investigated (45
 * days, PRODUCT §12).
 */
@ConfigurationProperties("claimstream.claims")
record ClaimSettings(@DefaultValue("500ms") Duration runnerInterval, @DefaultValue("5s") Duration recheck,
		@DefaultValue("45d") Duration decisionDeadline) {

}
