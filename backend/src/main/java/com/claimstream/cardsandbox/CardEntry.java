package com.claimstream.cardsandbox;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.claimstream.common.FieldError;
import com.claimstream.common.ProblemException;

/**
 * A card as typed into the hosted card field: the number (spaces allowed), the expiry as
 * {@code MM/YY}, the security code and an optional ZIP code.
 */
record CardEntry(@Nullable String number, @Nullable String expiry, @Nullable String cvc, @Nullable String postalCode) {

	private static final Pattern EXPIRY = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{2}|\\d{4})");

	private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");

	/**
	 * A card that passed every check; its number leaves with it to pick the test card.
	 */
	record CheckedCard(String number, String brand, int expMonth, int expYear) {

		String last4() {
			return this.number.substring(this.number.length() - 4);
		}

	}

	/** Checks every field at once, naming each invalid one (400). */
	CheckedCard check(YearMonth now) {
		List<FieldError> errors = new ArrayList<>();
		String digits = (this.number != null) ? this.number.replaceAll("[\\s-]", "") : "";
		Optional<String> brand = checkNumber(digits, errors);
		YearMonth expires = checkExpiry(now, errors);
		String code = (this.cvc != null) ? this.cvc.strip() : "";
		int cvcLength = brand.filter("amex"::equals).isPresent() ? 4 : 3;
		if (!code.matches("\\d{" + cvcLength + "}")) {
			errors.add(new FieldError("cvc", "Enter the " + cvcLength + "-digit security code"));
		}
		if (this.postalCode != null && !this.postalCode.isBlank() && !ZIP.matcher(this.postalCode.strip()).matches()) {
			errors.add(new FieldError("postalCode", "Enter a 5-digit ZIP code"));
		}
		if (!errors.isEmpty() || brand.isEmpty() || expires == null) {
			throw ProblemException.invalid(errors);
		}
		return new CheckedCard(digits, brand.get(), expires.getMonthValue(), expires.getYear());
	}

	private static Optional<String> checkNumber(String digits, List<FieldError> errors) {
		if (digits.isEmpty()) {
			errors.add(new FieldError("number", "Enter the card number"));
			return Optional.empty();
		}
		if (!digits.matches("\\d{12,19}")) {
			errors.add(new FieldError("number", "A card number has 12 to 19 digits"));
			return Optional.empty();
		}
		Optional<String> brand = TestCards.brand(digits);
		if (brand.isEmpty()) {
			errors.add(new FieldError("number", "We accept Visa, Mastercard, American Express and Discover"));
		}
		else if (!TestCards.passesLuhn(digits)) {
			errors.add(new FieldError("number", "This card number is not valid; check it for a typo"));
			return Optional.empty();
		}
		return brand;
	}

	private @Nullable YearMonth checkExpiry(YearMonth now, List<FieldError> errors) {
		Matcher matcher = EXPIRY.matcher((this.expiry != null) ? this.expiry.strip() : "");
		int month = matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
		if (month < 1 || month > 12) {
			errors.add(new FieldError("expiry", "Enter the expiry date as MM/YY"));
			return null;
		}
		int year = Integer.parseInt(matcher.group(2));
		YearMonth expires = YearMonth.of((year < 100) ? 2000 + year : year, month);
		if (expires.isBefore(now)) {
			errors.add(new FieldError("expiry", "This card has expired"));
			return null;
		}
		return expires;
	}

}
