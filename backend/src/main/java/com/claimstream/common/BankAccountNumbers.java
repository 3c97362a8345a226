package com.claimstream.common;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The rules of US bank account numbers: a routing number is 9 digits whose ABA check
 * digit holds (3, 7, 1 weights, sum divisible by 10); an account number is 4 to 17
 * digits. Spaces and dashes people type are ignored. Shared by the practice's payout
 * account and a client's reimbursement account.
 */
public final class BankAccountNumbers {

	private static final int[] ROUTING_WEIGHTS = { 3, 7, 1, 3, 7, 1, 3, 7, 1 };

	private BankAccountNumbers() {
	}

	public static String digits(@Nullable String value) {
		return (value == null) ? "" : value.replaceAll("[\\s-]", "");
	}

	public static boolean isRoutingNumber(@Nullable String value) {
		String digits = digits(value);
		if (!digits.matches("\\d{9}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (digits.charAt(i) - '0') * ROUTING_WEIGHTS[i];
		}
		return sum % 10 == 0;
	}

	public static boolean isAccountNumber(@Nullable String value) {
		return digits(value).matches("\\d{4,17}");
	}

	/** What is wrong with the pair, one message per field (empty when both are valid). */
	public static List<FieldError> problems(@Nullable String routingNumber, @Nullable String accountNumber) {
		List<FieldError> errors = new ArrayList<>();
		if (!digits(routingNumber).matches("\\d{9}")) {
			errors.add(new FieldError("routingNumber", "Enter the 9-digit routing number"));
		}
		else if (!isRoutingNumber(routingNumber)) {
			errors.add(new FieldError("routingNumber", "This routing number does not exist; check its digits"));
		}
		if (!isAccountNumber(accountNumber)) {
			errors.add(new FieldError("accountNumber", "Enter the account number: 4 to 17 digits"));
		}
		return errors;
	}

	/** The last four digits, the only part of an account number that is ever shown. */
	public static String last4(String accountNumber) {
		String digits = digits(accountNumber);
		return digits.substring(digits.length() - 4);
	}

}
