package com.claimstream.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;

/**
 * Merges the generators' results, the injected events and the server figures into one
 * table row (markdown). Missed = expected recipients (sockets of the event's practice in
 * the plan, open or not) minus distinct receipts; duplicated = repeat receipts on one
 * socket; misrouted = receipts on a socket of another practice.
 */
final class Report {

	private Report() {
	}

	static final String HEADER = """
			| scenario | connections held / planned | dropped | events/s offered | msgs/s delivered | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | missed | duplicated | misrouted | server heap after GC | server RSS | heap / connection | server CPU µs / msg |
			| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |""";

	static void report(Map<String, String> o) throws Exception {
		Path dir = Path.of(StreamLoad.require(o, "dir"));
		int connections = Integer.parseInt(StreamLoad.require(o, "connections"));
		int practices = Integer.parseInt(StreamLoad.require(o, "practices"));
		String scenario = StreamLoad.require(o, "scenario");
		Map<String, String> server = keyValues(dir.resolve("server.txt"));

		Histogram latency = new Histogram(StreamLoad.HIGHEST_MICROS, 3);
		long opened = 0;
		long failed = 0;
		long held = 0;
		long resets = 0;
		long negative = 0;
		Map<String, Long> extra = new java.util.TreeMap<>();
		StringBuilder closes = new StringBuilder();
		Map<String, int[]> received = new HashMap<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith("result-")) {
					Map<String, String> r = keyValues(file);
					opened += Long.parseLong(r.get("opened"));
					failed += Long.parseLong(r.get("failed"));
					held += Long.parseLong(r.get("open_at_stop"));
					resets += Long.parseLong(r.get("resets"));
					negative += Long.parseLong(r.get("negative_latency"));
					if (!"-".equals(r.get("close_reasons"))) {
						closes.append(r.get("close_reasons"));
					}
					latency.add(StreamLoad.decode(r.get("histogram")));
					for (String key : EXTRA) {
						long value = Long.parseLong(r.getOrDefault(key, "0"));
						extra.merge(key, value, key.equals("last_reopen_ms") ? Math::max : Long::sum);
					}
				}
				else if (name.startsWith("received-")) {
					// "eventId\tpracticeIndex" to {distinct receipts, repeat receipts}
					for (String line : Files.readAllLines(file)) {
						String[] f = line.split("\t");
						int[] c = received.computeIfAbsent(f[0] + "\t" + f[1], (k) -> new int[2]);
						c[0] += Integer.parseInt(f[2]);
						c[1] += Integer.parseInt(f[3]);
					}
				}
			}
		}
		long events = 0;
		long delivered = 0;
		long missed = 0;
		long duplicated = 0;
		long misrouted = 0;
		double seconds = 0;
		int skipPractice = Integer.parseInt(o.getOrDefault("skip-practice", "-1"));
		Path eventsFile = dir.resolve("events.tsv");
		if (Files.exists(eventsFile)) {
			seconds = Double.parseDouble(keyValues(Path.of(eventsFile + ".meta")).get("seconds"));
			for (String line : Files.readAllLines(eventsFile)) {
				String[] f = line.split("\t");
				int practice = Integer.parseInt(f[1]);
				if (practice == skipPractice) {
					received.remove(f[0] + "\t" + practice);
					continue;
				}
				int expected = connections / practices + ((practice < connections % practices) ? 1 : 0);
				events++;
				int[] own = received.remove(f[0] + "\t" + practice);
				int got = (own != null) ? own[0] : 0;
				delivered += got;
				duplicated += (own != null) ? own[1] : 0;
				missed += Math.max(0, expected - got);
			}
			// what is left arrived on sockets of another practice
			for (int[] c : received.values()) {
				misrouted += c[0] + c[1];
			}
		}
		long heapIdle = Long.parseLong(server.getOrDefault("heap_idle_kb", "0"));
		long heap = Long.parseLong(server.getOrDefault("heap_kb", "0"));
		long rss = Long.parseLong(server.getOrDefault("rss_kb", "0"));
		long ticks = Long.parseLong(server.getOrDefault("cpu_ticks", "0"));
		long clk = Long.parseLong(server.getOrDefault("clk_tck", "100"));
		String perConnection = (held > 0 && heap > 0) ? String.format("%.1f KiB", (heap - heapIdle) / (double) held)
				: "-";
		long pgTicks = Long.parseLong(server.getOrDefault("pg_cpu_ticks", "0"));
		String pgCpu = (delivered > 0) ? String.format("%.1f", pgTicks * 1e6 / clk / delivered) : "-";
		String cpu = (delivered > 0) ? String.format("%.1f", ticks * 1e6 / clk / delivered) : "-";
		boolean withEvents = events > 0;
		String row = String.format("| %s | %d / %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |",
				scenario, held, connections, opened - held + failed,
				withEvents ? String.format("%.0f", events / seconds) : "-",
				withEvents ? String.format("%.0f", delivered / seconds) : "-", ms(latency, 50, withEvents),
				ms(latency, 90, withEvents), ms(latency, 99, withEvents), ms(latency, 99.9, withEvents),
				withEvents ? String.format("%.1f", latency.getMaxValue() / 1000.0) : "-", withEvents ? missed : "-",
				withEvents ? duplicated : "-", withEvents ? misrouted : "-", mib(heap), mib(rss), perConnection, cpu);
		String notes = String.format(
				"(%s: %d events, %d deliveries expected, %d sockets failed to open, %d resets, close codes %s, %d negative latencies clamped to 0; heap before sockets %s; server CPU %.1f s, PostgreSQL CPU %.1f s = %s µs/msg)",
				scenario, events, delivered + missed, failed, resets, closes.length() == 0 ? "none" : closes,
				negative, mib(heapIdle), ticks / (double) clk, pgTicks / (double) clk, pgCpu);
		StringBuilder more = new StringBuilder();
		extra.forEach((k, v) -> {
			if (v != 0) {
				more.append(more.isEmpty() ? "(" : ", ").append(k).append(' ').append(v);
			}
		});
		if (!more.isEmpty()) {
			notes += "\n" + more + ")";
		}
		System.out.println(HEADER);
		System.out.println(row);
		System.out.println(notes);
		Files.writeString(dir.resolve("table.md"), HEADER + "\n" + row + "\n" + notes + "\n");
	}

	/** Generator counters shown under the row when not zero. */
	private static final List<String> EXTRA = List.of("closed_early", "reopened", "reopen_failures", "last_reopen_ms",
			"slow_events", "slow_resets", "slow_closed");

	/**
	 * One phase ({@code --name}) of the run: the generators' receipts between two cuts, as
	 * {@code name count p50 p99 max} (ms), and the same as a table row.
	 */
	static void phase(Map<String, String> o) throws Exception {
		Path dir = Path.of(StreamLoad.require(o, "dir"));
		String name = StreamLoad.require(o, "name");
		Histogram latency = new Histogram(StreamLoad.HIGHEST_MICROS, 3);
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().startsWith("phase-" + name + "-")).toList()) {
				latency.add(StreamLoad.decode(keyValues(file).get("histogram")));
			}
		}
		boolean any = latency.getTotalCount() > 0;
		System.out.printf("%s %d %s %s %s %s%n", name, latency.getTotalCount(), ms(latency, 50, any),
				ms(latency, 99, any), ms(latency, 99.9, any),
				any ? String.format("%.1f", latency.getMaxValue() / 1000.0) : "-");
	}

	static String ms(Histogram h, double percentile, boolean withEvents) {
		return withEvents ? String.format("%.1f", h.getValueAtPercentile(percentile) / 1000.0) : "-";
	}

	static String mib(long kib) {
		return (kib > 0) ? String.format("%.0f MiB", kib / 1024.0) : "-";
	}

	static Map<String, String> keyValues(Path file) throws IOException {
		Map<String, String> values = new HashMap<>();
		if (!Files.exists(file)) {
			return values;
		}
		List<String> lines = Files.readAllLines(file);
		for (String line : lines) {
			int space = line.indexOf(' ');
			if (space > 0) {
				values.put(line.substring(0, space), line.substring(space + 1).trim());
			}
		}
		return values;
	}

}
