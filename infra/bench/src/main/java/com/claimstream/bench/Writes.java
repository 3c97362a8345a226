package com.claimstream.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The write path's throughput: {@code --workers} closed loops (each sends the next
 * request when the previous one is answered) of {@code POST /api/clients} (a client, its
 * invitation and its event in one transaction, and the invitation mail queued) for
 * {@code --seconds}, each to a random practice as its administrator. Prints
 * {@code writes/s p50 p90 p99 max failures} (ms).
 */
final class Writes {

	private Writes() {
	}

	static void writes(Map<String, String> o) throws Exception {
		String base = StreamLoad.require(o, "base");
		String origin = o.getOrDefault("origin", "http://localhost:8080");
		int workers = Integer.parseInt(o.getOrDefault("workers", "8"));
		int seconds = Integer.parseInt(StreamLoad.require(o, "seconds"));
		List<StreamLoad.Practice> practices = StreamLoad
			.practices(Path.of(StreamLoad.require(o, "practices-file")));
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		ConcurrentHistogram latency = new ConcurrentHistogram(StreamLoad.HIGHEST_MICROS, 3);
		AtomicInteger failures = new AtomicInteger();
		AtomicLong done = new AtomicLong();
		long start = System.nanoTime();
		long end = start + TimeUnit.SECONDS.toNanos(seconds);
		List<Thread> threads = new ArrayList<>();
		for (int w = 0; w < workers; w++) {
			Thread thread = new Thread(() -> {
				while (System.nanoTime() < end) {
					StreamLoad.Practice p = practices.get(ThreadLocalRandom.current().nextInt(practices.size()));
					String body = "{\"firstName\":\"Bench\",\"lastName\":\"Writer\",\"email\":\"w-" + UUID.randomUUID()
							+ "@example.test\"}";
					long sent = System.nanoTime();
					try {
						HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/clients"))
							.timeout(Duration.ofSeconds(30))
							.header("Content-Type", "application/json")
							.header("Origin", origin)
							.header("X-XSRF-TOKEN", p.xsrf())
							.header("Cookie", "claimstream_session=" + p.session() + "; XSRF-TOKEN=" + p.xsrf())
							.POST(HttpRequest.BodyPublishers.ofString(body))
							.build(), HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() != 201 && failures.incrementAndGet() <= 5) {
							System.err.println("POST /api/clients: " + response.statusCode());
						}
					}
					catch (Exception ex) {
						if (failures.incrementAndGet() <= 5) {
							System.err.println("POST /api/clients: " + ex);
						}
					}
					latency.recordValue(Math.min((System.nanoTime() - sent) / 1000, StreamLoad.HIGHEST_MICROS));
					done.incrementAndGet();
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join(TimeUnit.SECONDS.toMillis(seconds + 60L));
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		Histogram h = latency;
		System.out.printf("%.0f %.1f %.1f %.1f %.1f %d%n", done.get() / elapsed, h.getValueAtPercentile(50) / 1000.0,
				h.getValueAtPercentile(90) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0,
				failures.get());
	}

}
