package com.claimstream.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

/**
 * What users of polling products live with: {@code --pollers} clients (poller i signed in
 * as practice i mod N) each asking {@code GET /api/clients?sort=-created} every
 * {@code --interval} seconds (first ask at a random offset) for {@code --seconds}. A
 * client not in a poller's first answer is new: its staleness is when the poller first
 * saw it minus its {@code client.added} event's {@code occurredAt}. Prints
 * {@code polls/s p50 p90 p99 max seen expected failures} (staleness in ms; expected =
 * clients added to a poller's practice between its first answer and one interval before
 * the end).
 */
final class Polling {

	private Polling() {
	}

	static final class Poller {

		final StreamLoad.Practice practice;

		final Set<String> known = new HashSet<>();

		/** client id to when this poller first saw it (epoch µs). */
		final Map<String, Long> seen = new HashMap<>();

		volatile long firstAnswerMicros;

		Poller(StreamLoad.Practice practice) {
			this.practice = practice;
		}

		synchronized void answer(JsonNode body, long atMicros) {
			boolean first = this.firstAnswerMicros == 0;
			for (JsonNode item : body.path("items")) {
				String id = item.path("id").asString();
				if (this.known.add(id) && !first) {
					this.seen.put(id, atMicros);
				}
			}
			if (first) {
				this.firstAnswerMicros = atMicros;
			}
		}

	}

	static void poll(Map<String, String> o) throws Exception {
		String base = StreamLoad.require(o, "base");
		String jdbc = StreamLoad.require(o, "jdbc");
		int count = Integer.parseInt(StreamLoad.require(o, "pollers"));
		int seconds = Integer.parseInt(StreamLoad.require(o, "seconds"));
		long intervalMillis = (long) (Double.parseDouble(o.getOrDefault("interval", "5")) * 1000);
		List<StreamLoad.Practice> practices = StreamLoad
			.practices(Path.of(StreamLoad.require(o, "practices-file")));
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		Poller[] pollers = new Poller[count];
		ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
		AtomicLong polls = new AtomicLong();
		AtomicInteger failures = new AtomicInteger();
		long startMillis = System.currentTimeMillis();
		for (int i = 0; i < count; i++) {
			Poller poller = new Poller(practices.get(i % practices.size()));
			pollers[i] = poller;
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/clients?sort=-created&size=25"))
				.timeout(Duration.ofSeconds(30))
				.header("Cookie", "claimstream_session=" + poller.practice.session())
				.GET()
				.build();
			timer.scheduleAtFixedRate(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
				.whenComplete((response, error) -> {
					polls.incrementAndGet();
					if (error != null || response.statusCode() != 200) {
						if (failures.incrementAndGet() <= 5) {
							System.err.println("GET /api/clients: " + ((error != null) ? error : response.statusCode()));
						}
						return;
					}
					poller.answer(StreamLoad.JSON.readTree(response.body()), StreamLoad.nowMicros());
				}), ThreadLocalRandom.current().nextLong(intervalMillis), intervalMillis, TimeUnit.MILLISECONDS);
		}
		Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
		timer.shutdownNow();
		Thread.sleep(2000); // answers in flight
		long endMicros = StreamLoad.nowMicros();

		Map<String, long[]> added = new ConcurrentHashMap<>(); // client id to {occurredAt µs, practice index}
		Map<String, Integer> index = new HashMap<>();
		practices.forEach((p) -> index.put(p.id(), p.index()));
		try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
				PreparedStatement q = c.prepareStatement("""
						select subject_id::text, practice_id::text, occurred_at from event
						where kind = 'client.added' and occurred_at >= to_timestamp(?)""")) {
			q.setDouble(1, startMillis / 1000.0);
			try (ResultSet rs = q.executeQuery()) {
				while (rs.next()) {
					Integer practice = index.get(rs.getString(2));
					if (practice != null) {
						added.put(rs.getString(1), new long[] {
								StreamLoad.epochMicros(rs.getTimestamp(3).toInstant()), practice });
					}
				}
			}
		}
		Histogram staleness = new Histogram(StreamLoad.HIGHEST_MICROS, 3);
		long seen = 0;
		long expected = 0;
		long lastFair = endMicros - 2000 * 1000L - intervalMillis * 1000;
		for (Poller poller : pollers) {
			for (Map.Entry<String, long[]> client : added.entrySet()) {
				long[] a = client.getValue();
				if (a[1] != poller.practice.index() || poller.firstAnswerMicros == 0
						|| a[0] <= poller.firstAnswerMicros) {
					continue;
				}
				Long at = poller.seen.get(client.getKey());
				if (a[0] <= lastFair) {
					expected++;
				}
				if (at != null) {
					seen++;
					staleness.recordValue(Math.max(0, Math.min(at - a[0], StreamLoad.HIGHEST_MICROS)));
				}
			}
		}
		double elapsed = (System.currentTimeMillis() - startMillis) / 1000.0;
		System.out.printf("%.0f %.1f %.1f %.1f %.1f %d %d %d%n", polls.get() / elapsed,
				staleness.getValueAtPercentile(50) / 1000.0, staleness.getValueAtPercentile(90) / 1000.0,
				staleness.getValueAtPercentile(99) / 1000.0, staleness.getMaxValue() / 1000.0, seen, expected,
				failures.get());
	}

}
