package com.claimstream.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BankAccountNumbersTests {

	@ParameterizedTest
	@ValueSource(strings = { "011000015", "021000021", "122105278", "0110-000 15" })
	void routingNumbersWithAValidCheckDigitPass(String routingNumber) {
		assertThat(BankAccountNumbers.isRoutingNumber(routingNumber)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "011000016", "021000022", "123456789", "01100001", "0110000150", "01100001a", "" })
	void routingNumbersWithAWrongCheckDigitOrLengthFail(String routingNumber) {
		assertThat(BankAccountNumbers.isRoutingNumber(routingNumber)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234", "12345678901234567", "0000 1234" })
	void accountNumbersHaveFourToSeventeenDigits(String accountNumber) {
		assertThat(BankAccountNumbers.isAccountNumber(accountNumber)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "123", "123456789012345678", "12ab34", "" })
	void otherAccountNumbersFail(String accountNumber) {
		assertThat(BankAccountNumbers.isAccountNumber(accountNumber)).isFalse();
	}

	@Test
	void eachFieldGetsItsOwnMessage() {
		assertThat(BankAccountNumbers.problems("12345", "12")).containsExactly(
				new FieldError("routingNumber", "Enter the 9-digit routing number"),
				new FieldError("accountNumber", "Enter the account number: 4 to 17 digits"));
		assertThat(BankAccountNumbers.problems("011000016", "1234")).extracting(FieldError::message)
			.containsExactly("This routing number does not exist; check its digits");
		assertThat(BankAccountNumbers.problems(null, null)).hasSize(2);
		assertThat(BankAccountNumbers.problems("011000015", "000123456789")).isEmpty();
	}

}
