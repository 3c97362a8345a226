package com.claimstream.clearinghousesandbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sandbox's clock: how long one payer day lasts. Acknowledgments come after about a
 * day and decisions after 4 to 6 weeks (PRODUCT §12): with the default of 400 ms a day,
 * the demo shows a decision 11 to 17 seconds after a claim is sent.
 */
@ConfigurationProperties("claimstream.clearinghouse.sandbox")
record SandboxClearinghouseSettings(@DefaultValue("400ms") Duration day) {

}
