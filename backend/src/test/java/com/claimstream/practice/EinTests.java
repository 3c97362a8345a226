package com.claimstream.practice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EinTests {

	@ParameterizedTest
	@ValueSource(strings = { "12-3456789", "123456789", " 12-3456789 " })
	void nineDigitsWithOrWithoutTheHyphenAreValid(String ein) {
		assertThat(Ein.isValid(ein)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345678", "1234567890", "123-456789", "12-345678a", "12--3456789", "" })
	void anythingElseIsInvalid(String ein) {
		assertThat(Ein.isValid(ein)).isFalse();
	}

	@Test
	void aValidEinIsStoredAsItsNineDigits() {
		assertThat(Ein.normalize(" 12-3456789 ")).isEqualTo("123456789");
	}

}
