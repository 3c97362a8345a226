package com.claimstream.security;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AUTH-05: our TOTP against the SHA-1 test vectors of RFC 6238 appendix B (8 digits
 * there, 6 in use: the last six of the same truncation).
 */
class TotpTests {

	private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheRfc6238Vectors(long unixSeconds, String expected) {
		long step = unixSeconds / Totp.STEP_SECONDS;
		assertThat(Totp.code(RFC_SECRET, step, 8, "HmacSHA1")).isEqualTo(expected);
		assertThat(Totp.code(Totp.base32(RFC_SECRET), step)).isEqualTo(expected.substring(2));
	}

	@ParameterizedTest
	@CsvSource({ "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "JBSWY3DPEHPK3PXP" })
	void base32RoundTrips(String base32) {
		assertThat(Totp.base32(Totp.fromBase32(base32))).isEqualTo(base32);
	}

}
