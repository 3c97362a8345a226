package com.claimstream.insurance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.claimstream.common.FieldError;
import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;

/**
 * Checks a policy request and resolves its payer: every invalid field is named at once
 * (400); an ambiguous insurer name is a 422 listing the candidates, a government program
 * a 422 saying why it cannot be billed.
 */
@Component
class PolicyRules {

	static final Set<String> RELATIONSHIPS = Set.of("self", "spouse", "child", "other");

	private static final String ID_CHARACTERS = "[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?";

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private static final int MAX_NAME = 60;

	private static final int MAX_PAYER_NAME = 100;

	private final PayerCatalog catalog;

	private final Clock clock;

	PolicyRules(PayerCatalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	/** The policy to store, or the problem with the request. */
	NewPolicy check(PolicyRequest request) {
		List<FieldError> errors = new ArrayList<>();
		String memberId = identifier(request.memberId());
		if (memberId.length() < 2 || memberId.length() > 30 || !memberId.matches(ID_CHARACTERS)) {
			errors.add(new FieldError("memberId", "Enter the member id from the card: 2 to 30 letters or digits"));
		}
		String groupNumber = identifier(request.groupNumber());
		if (!groupNumber.isEmpty() && (groupNumber.length() > 30 || !groupNumber.matches(ID_CHARACTERS))) {
			errors.add(new FieldError("groupNumber", "A group number is up to 30 letters or digits"));
		}
		birthDate(errors, "clientDateOfBirth", request.clientDateOfBirth(), "the client's date of birth");
		String relationship = (request.relationship() == null) ? "" : request.relationship();
		Subscriber subscriber = null;
		if (!RELATIONSHIPS.contains(relationship)) {
			errors.add(new FieldError("relationship", "Choose who holds the policy: self, spouse, child or other"));
		}
		else if (!relationship.equals("self")) {
			String first = name(errors, "subscriberFirstName", request.subscriberFirstName(), "first name");
			String last = name(errors, "subscriberLastName", request.subscriberLastName(), "last name");
			if (birthDate(errors, "subscriberDateOfBirth", request.subscriberDateOfBirth(),
					"the subscriber's date of birth")) {
				subscriber = new Subscriber(first, last, request.subscriberDateOfBirth());
			}
		}
		ResolvedPayer payer = payer(errors, request);
		if (!errors.isEmpty()) {
			throw ProblemException.invalid(errors);
		}
		return new NewPolicy(payer, memberId, groupNumber.isEmpty() ? null : groupNumber, relationship, subscriber,
				request.clientDateOfBirth());
	}

	private @Nullable ResolvedPayer payer(List<FieldError> errors, PolicyRequest request) {
		if (request.payerId() != null && !request.payerId().isBlank()) {
			return this.catalog.byId(request.payerId())
				.map((payer) -> new ResolvedPayer(payer, payer.name()))
				.orElseGet(() -> {
					errors.add(new FieldError("payerId", "Choose an insurer from the list"));
					return null;
				});
		}
		String typed = (request.payerName() == null) ? "" : request.payerName().strip();
		if (typed.isEmpty() || typed.length() > MAX_PAYER_NAME) {
			errors.add(new FieldError("payerName", "Enter the insurer's name as on the card"));
			return null;
		}
		PayerLookup lookup = this.catalog.lookup(typed);
		return switch (lookup.status()) {
			case PayerLookup.REFUSED ->
				throw new ProblemException(Problem.PAYER_NOT_SUPPORTED, lookup.explanation(), Map.of("program",
						lookup.program(), "errors", List.of(new FieldError("payerName", lookup.explanation()))));
			case PayerLookup.AMBIGUOUS -> throw new ProblemException(Problem.PAYER_AMBIGUOUS,
					"\"" + typed + "\" matches several insurers: choose one",
					Map.of("candidates",
							lookup.payers().stream().map((p) -> Map.of("id", p.id(), "name", p.name())).toList(),
							"errors", List.of(new FieldError("payerName", "Several insurers match: choose one"))));
			case PayerLookup.MATCHED -> new ResolvedPayer(lookup.payers().get(0), lookup.payers().get(0).name());
			default -> new ResolvedPayer(null, typed);
		};
	}

	private boolean birthDate(List<FieldError> errors, String field, @Nullable LocalDate date, String what) {
		if (date == null) {
			errors.add(new FieldError(field, "Enter " + what));
			return false;
		}
		if (date.isAfter(LocalDate.now(this.clock)) || date.isBefore(EARLIEST_BIRTH)) {
			errors.add(new FieldError(field, "A date of birth is in the past (after 1900)"));
			return false;
		}
		return true;
	}

	private static String name(List<FieldError> errors, String field, @Nullable String value, String what) {
		String name = (value == null) ? "" : value.strip();
		if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
			errors.add(new FieldError(field, "Enter the subscriber's " + what));
		}
		return name;
	}

	/** Upper case without spaces: ids are printed on cards with spaces now and then. */
	private static String identifier(@Nullable String value) {
		return (value == null) ? "" : value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
	}

	/** The payer of a policy: a catalog payer, or only the name of an unknown insurer. */
	record ResolvedPayer(@Nullable Payer payer, String name) {

		boolean needsReview() {
			return this.payer == null;
		}

	}

	/** A checked policy, ready to store. */
	record NewPolicy(ResolvedPayer payer, String memberId, @Nullable String groupNumber, String relationship,
			@Nullable Subscriber subscriber, LocalDate clientDateOfBirth) {

	}

}
