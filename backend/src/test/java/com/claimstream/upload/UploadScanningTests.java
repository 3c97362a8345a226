package com.claimstream.upload;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import com.claimstream.support.UploadSamples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Which scanner the configuration names (ADR 0022): no scanning only in the demo profile,
 * and nothing but the three known names.
 */
class UploadScanningTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(1);

	@Test
	void noScanningIsRefusedOutsideTheDemoProfile() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("prod");
		assertThatIllegalStateException().isThrownBy(() -> scanner("none", production))
			.withMessageContaining("only allowed in the demo profile");
		MockEnvironment demo = new MockEnvironment();
		demo.setActiveProfiles("demo");
		assertThat(scanner("none", demo).scan(UploadSamples.eicar()).block().clean()).isTrue();
	}

	@Test
	void anUnknownScannerStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> scanner("clamav", new MockEnvironment()))
			.withMessageContaining("clamd, local-clamd or none");
	}

	private static MalwareScanner scanner(String name, MockEnvironment environment) {
		return new UploadScanning().malwareScanner(name, "unix:/run/clamav/clamd.ctl", Path.of("/nonexistent"), TIMEOUT,
				environment);
	}

}
