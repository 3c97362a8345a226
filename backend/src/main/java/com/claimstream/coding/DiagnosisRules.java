package com.claimstream.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import com.claimstream.common.FieldError;
import com.claimstream.common.ProblemException;

/**
 * Checks a new diagnosis list ({@code codes[i]} field errors): each entry an ICD-10-CM
 * code, listed once; a code new to the client billable and current (one already on the
 * list may stay after being retired).
 */
@Component
class DiagnosisRules {

	private final Icd10Repository codes;

	DiagnosisRules(Icd10Repository codes) {
		this.codes = codes;
	}

	/** The codes in their stored form, in order, or a 400 naming each bad entry. */
	Mono<List<String>> validate(List<String> typed, List<String> before) {
		List<FieldError> errors = new ArrayList<>();
		List<String> stored = new ArrayList<>();
		for (int i = 0; i < typed.size(); i++) {
			String code = Icd10Code.stored(typed.get(i));
			if (code == null) {
				errors.add(new FieldError(field(i), "Enter an ICD-10-CM code like F41.1"));
			}
			else if (stored.contains(code)) {
				errors.add(new FieldError(field(i), Icd10Code.display(code) + " is already on the list"));
			}
			stored.add((code != null) ? code : "");
		}
		return this.codes.find(stored).collectMap(Icd10Code::code, Function.identity()).flatMap((known) -> {
			for (int i = 0; i < stored.size(); i++) {
				String problem = problem(stored.get(i), known, before);
				if (problem != null) {
					errors.add(new FieldError(field(i), problem));
				}
			}
			return errors.isEmpty() ? Mono.just(stored) : Mono.error(ProblemException.invalid(errors));
		});
	}

	private static @Nullable String problem(String code, Map<String, Icd10Code> known, List<String> before) {
		if (code.isEmpty() || before.contains(code)) {
			return null;
		}
		Icd10Code found = known.get(code);
		return (found != null) ? found.refusal() : "There is no ICD-10-CM code " + Icd10Code.display(code);
	}

	private static String field(int index) {
		return "codes[" + index + "]";
	}

}
