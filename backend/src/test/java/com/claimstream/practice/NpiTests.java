package com.claimstream.practice;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NpiTests {

	@ParameterizedTest
	@ValueSource(strings = { "1234567893", "1245319599", "1003000126", "1679576722" })
	void npisWithTheirLuhnCheckDigitOverThe80840PrefixAreValid(String npi) {
		assertThat(Npi.isValid(npi)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234567890", "1234567894", "1245319598", "123456789", "12345678931", "123456789X", "" })
	void aWrongCheckDigitOrLengthIsInvalid(String npi) {
		assertThat(Npi.isValid(npi)).isFalse();
	}

	@org.junit.jupiter.api.Test
	void theCheckDigitIsComputedOverThePrefixAndTheFirstNineDigits() {
		assertThat(Npi.checkDigit("80840123456789")).isEqualTo(3);
	}

}
