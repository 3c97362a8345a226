package com.claimstream.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The classification of every route, from {@code audit/routes.txt}: one line per route,
 * {@code METHOD /path/{pattern} kind [action resource subject]}, so classifying a new
 * route is a one-line change and the AUD-01 test fails for a route without its line.
 */
@Component
class RouteClassifications {

	static final String RESOURCE = "audit/routes.txt";

	private final Map<String, RouteClass> routes;

	RouteClassifications() throws IOException {
		this.routes = read();
	}

	Optional<RouteClass> find(String method, String pattern) {
		return Optional.ofNullable(this.routes.get(key(method, pattern)));
	}

	private static Map<String, RouteClass> read() throws IOException {
		Map<String, RouteClass> routes = new HashMap<>();
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			for (int number = 0; number < lines.length; number++) {
				String line = lines[number].strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				List<String> words = Arrays.asList(line.split("\\s+"));
				try {
					RouteClass previous = routes.put(key(words.get(0), words.get(1)),
							RouteClass.parse(words.subList(2, words.size())));
					if (previous != null) {
						throw new IllegalArgumentException("classified twice");
					}
				}
				catch (RuntimeException ex) {
					throw new IllegalStateException(RESOURCE + " line " + (number + 1) + " (" + line
							+ ") is not 'METHOD /path kind [action resource subject]': " + ex.getMessage(), ex);
				}
			}
		}
		return Map.copyOf(routes);
	}

	private static String key(String method, String pattern) {
		return method + " " + pattern;
	}

}
