package com.claimstream.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.ObjectMapper;

/**
 * ICD-10-CM search latency through the API ({@code GET /api/coding/icd10}): signs in as
 * the demo administrator (two-factor code from the demo authenticator), then sends a
 * realistic mix of queries (codes with and without the dot, prefixes, words typed
 * letter by letter) from {@code clients} threads, each request after the previous one's
 * answer, and prints p50/p90/p99/max per kind and overall.
 *
 * <pre>Icd10Search --base http://127.0.0.1:18082 --requests 6000 --clients 1</pre>
 */
public final class Icd10Search {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** What a practice types: a code, a prefix, words, and words as they are typed. */
	static final Map<String, List<String>> QUERIES = Map.of("exact code",
			List.of("F43.10", "F41.1", "F32.A", "F33.1", "F90.0", "Z63.0", "F43.23", "F84.0", "S72.001A", "E11.9"),
			"code without dot", List.of("f4310", "F411", "F329", "F4322", "F900", "Z630", "M5416", "F1020"),
			"code prefix", List.of("F", "F4", "F43", "F41", "F3", "Z6", "S7", "T40", "F10.2", "R45"),
			"words",
			List.of("anxiety", "generalized anxiety disorder", "major depressive disorder recurrent", "ptsd",
					"post traumatic stress", "adjustment disorder with anxiety", "insomnia", "grief", "bipolar",
					"attention deficit hyperactivity", "panic disorder", "obsessive compulsive", "alcohol dependence",
					"opioid use", "eating disorder", "autism", "schizophrenia", "fracture of femur", "diabetes",
					"problems related to upbringing"),
			"typing", typing("generalized anxiety", "major depressive", "adjustment disorder", "post traumatic"));

	private Icd10Search() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		String base = options.getOrDefault("base", "http://127.0.0.1:18082");
		int requests = Integer.parseInt(options.getOrDefault("requests", "6000"));
		int clients = Integer.parseInt(options.getOrDefault("clients", "1"));
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		String cookie = signIn(http, base);
		List<String[]> mix = new ArrayList<>();
		QUERIES.forEach((kind, queries) -> queries.forEach((query) -> mix.add(new String[] { kind, query })));
		run(http, base, cookie, mix, Math.min(requests / 5, 1000), clients, null);
		Map<String, Histogram> byKind = new HashMap<>();
		QUERIES.keySet().forEach((kind) -> byKind.put(kind, new Histogram(3)));
		long started = System.nanoTime();
		run(http, base, cookie, mix, requests, clients, byKind);
		double seconds = (System.nanoTime() - started) / 1e9;
		Histogram all = new Histogram(3);
		System.out.printf("%-18s %7s %8s %8s %8s %8s%n", "queries", "count", "p50 ms", "p90 ms", "p99 ms", "max ms");
		for (String kind : List.of("exact code", "code without dot", "code prefix", "words", "typing")) {
			Histogram h = byKind.get(kind);
			all.add(h);
			print(kind, h);
		}
		print("all", all);
		System.out.printf("%d requests from %d client(s) in %.1f s (%.0f/s); %d distinct queries%n", requests,
				clients, seconds, requests / seconds, mix.size());
	}

	private static void run(HttpClient http, String base, String cookie, List<String[]> mix, int requests,
			int clients, Map<String, Histogram> byKind) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> done = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			done.add(pool.submit(() -> {
				for (int i = client; i < requests; i += clients) {
					String[] query = mix.get((int) ((i * 7919L) % mix.size()));
					long t0 = System.nanoTime();
					HttpResponse<String> answer = http.send(HttpRequest
						.newBuilder(URI.create(base + "/api/coding/icd10?q="
								+ URLEncoder.encode(query[1], StandardCharsets.UTF_8)))
						.header("Cookie", cookie)
						.timeout(Duration.ofSeconds(30))
						.build(), HttpResponse.BodyHandlers.ofString());
					long micros = (System.nanoTime() - t0) / 1000;
					if (answer.statusCode() != 200) {
						throw new IllegalStateException(query[1] + " answered " + answer.statusCode());
					}
					if (byKind != null) {
						synchronized (byKind) {
							byKind.get(query[0]).recordValue(micros);
						}
					}
				}
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		pool.shutdown();
	}

	private static void print(String kind, Histogram h) {
		System.out.printf("%-18s %7d %8.1f %8.1f %8.1f %8.1f%n", kind, h.getTotalCount(),
				h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
				h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
	}

	private static List<String> typing(String... phrases) {
		List<String> prefixes = new ArrayList<>();
		for (String phrase : phrases) {
			for (int end = 3; end <= phrase.length(); end += 2) {
				prefixes.add(phrase.substring(0, end));
			}
		}
		return prefixes;
	}

	/** The demo administrator's session cookie, second factor done. */
	private static String signIn(HttpClient http, String base) throws Exception {
		return "claimstream_session=" + demoCookies(http, base).get("claimstream_session");
	}

	/** The demo administrator's cookies (session and XSRF token), second factor done. */
	static Map<String, String> demoCookies(HttpClient http, String base) throws Exception {
		Map<String, String> cookies = StreamLoad.cookies(
				http.send(HttpRequest.newBuilder(URI.create(base + "/api/session")).build(),
						HttpResponse.BodyHandlers.ofString()),
				new HashMap<>());
		cookies = send(http, base, "/api/sessions", Map.of("email", "demo@claimstream.test", "password",
				"lakeside-demo-2026", "portal", "practice"), cookies);
		String code = JSON
			.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/dev/demo-authenticator")).build(),
					HttpResponse.BodyHandlers.ofString()).body())
			.get("code")
			.asString();
		return send(http, base, "/api/sessions/current/second-factor", Map.of("code", code), cookies);
	}

	private static Map<String, String> send(HttpClient http, String base, String path, Map<String, String> body,
			Map<String, String> cookies) throws Exception {
		String xsrf = cookies.get("XSRF-TOKEN");
		StringBuilder cookie = new StringBuilder();
		cookies.forEach((name, value) -> cookie.append(name).append('=').append(value).append("; "));
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.header("Origin", "http://localhost:8080")
			.header("X-XSRF-TOKEN", xsrf)
			.header("Cookie", cookie.toString())
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + answer.statusCode() + " " + answer.body());
		}
		return StreamLoad.cookies(answer, cookies);
	}

}
