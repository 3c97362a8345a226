package com.claimstream.cardsandbox;

import java.util.Map;
import java.util.Optional;

import com.claimstream.payment.CardFunding;

/**
 * The sandbox's documented test cards ({@code docs/sandbox-cards.md}) and the checks of a
 * card number: digits, length, brand and the Luhn check digit. Any other valid number is
 * a credit card whose charges succeed.
 */
final class TestCards {

	record TestCard(CardBehaviour behaviour, CardFunding funding) {
	}

	static final TestCard ORDINARY = new TestCard(CardBehaviour.SUCCEED, CardFunding.CREDIT);

	static final Map<String, TestCard> CATALOGUE = Map.ofEntries(Map.entry("4242424242424242", ORDINARY),
			Map.entry("5555555555554444", ORDINARY), Map.entry("378282246310005", ORDINARY),
			Map.entry("4000056655665556", new TestCard(CardBehaviour.SUCCEED, CardFunding.HSA_FSA)),
			Map.entry("5200828282828210", new TestCard(CardBehaviour.SUCCEED, CardFunding.DEBIT)),
			Map.entry("4000000000000002", new TestCard(CardBehaviour.GENERIC_DECLINE, CardFunding.CREDIT)),
			Map.entry("4000000000009995", new TestCard(CardBehaviour.INSUFFICIENT_FUNDS, CardFunding.CREDIT)),
			Map.entry("4000000000000069", new TestCard(CardBehaviour.EXPIRED_CARD, CardFunding.CREDIT)),
			Map.entry("4000000000000127", new TestCard(CardBehaviour.INCORRECT_CVC, CardFunding.CREDIT)),
			Map.entry("4000000000000119", new TestCard(CardBehaviour.PROCESSING_ERROR, CardFunding.CREDIT)),
			Map.entry("4000000000003220", new TestCard(CardBehaviour.SUCCEED_THEN_TIME_OUT, CardFunding.CREDIT)));

	private TestCards() {
	}

	static TestCard of(String number) {
		return CATALOGUE.getOrDefault(number, ORDINARY);
	}

	/** The brand by the number's prefix, if one the sandbox accepts. */
	static Optional<String> brand(String number) {
		int two = Integer.parseInt(number.substring(0, 2));
		int four = Integer.parseInt(number.substring(0, 4));
		if (number.startsWith("4")) {
			return Optional.of("visa");
		}
		if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
			return Optional.of("mastercard");
		}
		if (two == 34 || two == 37) {
			return Optional.of("amex");
		}
		if (number.startsWith("6011") || two == 65) {
			return Optional.of("discover");
		}
		return Optional.empty();
	}

	static boolean passesLuhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

}
