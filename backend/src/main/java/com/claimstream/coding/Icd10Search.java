package com.claimstream.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * ICD-10-CM search (PRODUCT 8): a query that can be a code (with or without its dot)
 * finds that code first, then the codes under it; words find codes whose description has
 * each word, as a prefix so results come while typing. Retired codes are not offered.
 */
@Service
class Icd10Search {

	static final int MAX_RESULTS = 50;

	private final Icd10Repository codes;

	Icd10Search(Icd10Repository codes) {
		this.codes = codes;
	}

	Mono<List<Icd10Code>> search(String query, int limit) {
		String code = Icd10Code.started(query);
		List<String> words = words(query);
		Flux<Icd10Code> byCode = (code != null) ? this.codes.byPrefix(code, limit) : Flux.empty();
		Flux<Icd10Code> byWords = words.isEmpty() ? Flux.empty() : this.codes.byWords(words, limit);
		// the prefix query lists the exact code first (shortest first), then words
		return Flux.concat(byCode, byWords).collectList().map((found) -> {
			Map<String, Icd10Code> ranked = new LinkedHashMap<>();
			found.forEach((each) -> ranked.putIfAbsent(each.code(), each));
			return new ArrayList<>(ranked.values()).subList(0, Math.min(limit, ranked.size()));
		});
	}

	/**
	 * The words of a query as full-text terms: letters and digits only (no query syntax
	 * gets through), one-letter fragments dropped (they would match most descriptions).
	 */
	static List<String> words(String query) {
		return Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+"))
			.filter((word) -> word.length() > 1)
			.toList();
	}

}
