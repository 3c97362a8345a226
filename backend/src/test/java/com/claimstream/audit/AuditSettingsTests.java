package com.claimstream.audit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** RELIABILITY AUD-07: audit rows are kept at least six years. */
class AuditSettingsTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void sixYearsIsTheDefault() {
		this.context
			.run((started) -> assertThat(started.getBean(AuditSettings.class).retention().getYears()).isEqualTo(6));
	}

	@Test
	void aShorterRetentionStopsTheStartWithAClearMessage() {
		for (String retention : new String[] { "5y", "71m", "2190d", "0d" }) {
			this.context.withPropertyValues("claimstream.audit.retention=" + retention)
				.run((started) -> assertThat(started).hasFailed()
					.getFailure()
					.rootCause()
					.hasMessageContaining("audit rows must be kept at least 6 years"));
		}
	}

	@Test
	void longerRetentionsAreAccepted() {
		for (String retention : new String[] { "6y", "72m", "10y" }) {
			this.context.withPropertyValues("claimstream.audit.retention=" + retention)
				.run((started) -> assertThat(started).hasNotFailed());
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AuditSettings.class)
	static class Settings {

	}

}
