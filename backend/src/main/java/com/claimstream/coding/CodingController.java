package com.claimstream.coding;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.claimstream.common.ProblemException;
import com.claimstream.common.Problem;

/**
 * The code sets a practice member picks from: ICD-10-CM search and the service catalog.
 */
@RestController
@RequestMapping("/api/coding")
class CodingController {

	private static final int MAX_QUERY = 100;

	private final Icd10Search search;

	private final ServiceCatalog catalog;

	CodingController(Icd10Search search, ServiceCatalog catalog) {
		this.search = search;
		this.catalog = catalog;
	}

	@GetMapping("/icd10")
	Mono<List<Icd10Result>> icd10(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "20") int limit) {
		if (q.length() > MAX_QUERY) {
			return Mono.error(ProblemException.onField(Problem.VALIDATION_FAILED, "q",
					"Search with at most " + MAX_QUERY + " characters"));
		}
		if (limit < 1 || limit > Icd10Search.MAX_RESULTS) {
			return Mono.error(ProblemException.onField(Problem.VALIDATION_FAILED, "limit",
					"Ask for 1 to " + Icd10Search.MAX_RESULTS + " results"));
		}
		if (q.isBlank()) {
			return Mono.just(List.of());
		}
		return this.search.search(q, limit).map((codes) -> codes.stream().map(Icd10Result::of).toList());
	}

	@GetMapping("/services")
	ServiceCatalog.Catalog services() {
		return this.catalog.catalog();
	}

}
