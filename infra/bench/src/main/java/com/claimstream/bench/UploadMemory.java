package com.claimstream.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.ObjectMapper;

/**
 * Server memory while card images stream in (RELIABILITY UPL-01): signs in as the demo
 * administrator, gives {@code concurrency} new clients a policy, then sends, each phase
 * from {@code concurrency} threads at once (one client each): 10 MB cards (accepted),
 * 50 MB streams without a length (refused once 10 MB are read) and with one (refused
 * before reading), and one 50 MB stream alone. For each phase it samples the server's heap
 * in use (jstat) and RSS, reads its GC log (heap after each collection in the phase), and
 * takes the heap after a full GC at the end.
 *
 * <pre>UploadMemory --base http://127.0.0.1:18083 --pid 1234 --gc-log server-gc.log --concurrency 8 --rounds 3</pre>
 */
public final class UploadMemory {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final int TEN_MB = 10 * 1024 * 1024;

	private static final long FIFTY_MB = 50L * 1024 * 1024;

	private static final Pattern GC_LINE = Pattern.compile("^\\[(\\d+)ms\\].*Pause.* \\d+M->(\\d+)M\\(\\d+M\\)");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	private final long pid;

	private final Path gcLog;

	private final Map<String, String> cookies;

	private UploadMemory(String base, long pid, Path gcLog) throws Exception {
		this.base = base;
		this.pid = pid;
		this.gcLog = gcLog;
		this.cookies = Icd10Search.demoCookies(this.http, base);
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "8"));
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
		UploadMemory bench = new UploadMemory(options.getOrDefault("base", "http://127.0.0.1:18083"),
				Long.parseLong(options.get("pid")), Path.of(options.get("gc-log")));
		List<String> clients = new ArrayList<>();
		for (int i = 0; i < concurrency; i++) {
			clients.add(bench.clientWithPolicy(i));
		}
		byte[] tenMegabytes = form(pdfOfSize(TEN_MB));
		// warm-up: one card each, then the idle figures
		bench.phase("warm-up", clients, 1, (client) -> bench.upload(client, tenMegabytes));
		Figures idle = bench.idle();
		System.out.printf("idle server: heap after full GC %d MiB, RSS %d MiB%n", idle.heapKb() / 1024,
				idle.rssKb() / 1024);
		System.out.printf("%-28s %7s %-22s %9s %7s %9s %9s %9s %9s%n", "phase", "uploads", "answers",
				"max sent", "seconds", "peak heap", "peak live", "heap end", "peak RSS");
		bench.report(idle, "10 MB cards (accepted)", clients, rounds, (client) -> bench.upload(client, tenMegabytes));
		bench.report(idle, "50 MB streams, no length", clients, rounds, (client) -> bench.stream(client, false));
		bench.report(idle, "50 MB announced by length", clients, rounds, (client) -> bench.stream(client, true));
		bench.report(idle, "one 50 MB stream", clients.subList(0, 1), 1, (client) -> bench.stream(client, false));
		System.out.println("peak heap: largest growth of the heap in use over the phase's start (jstat every 100 ms, "
				+ "garbage included); peak live: largest heap after a collection in the phase, and heap end: after a "
				+ "full GC once it ended, both minus the idle server's; peak RSS: largest growth over the phase's start");
	}

	private interface Upload {

		/** Sends one upload; answers its status (0: the connection closed first) and bytes sent. */
		long[] send(String client) throws Exception;

	}

	private record Figures(long heapKb, long rssKb) {
	}

	private record Phase(Map<Integer, Integer> answers, long maxSent, double seconds, long rssGrowthKb,
			long heapGrowthKb, long startedMillis, long endedMillis) {
	}

	private void report(Figures idle, String name, List<String> clients, int rounds, Upload upload) throws Exception {
		Phase phase = phase(name, clients, rounds, upload);
		long gc = liveAfterCollections(phase.startedMillis(), phase.endedMillis());
		Figures end = idle();
		StringBuilder answers = new StringBuilder();
		phase.answers().forEach((status, count) -> answers.append(count).append("×").append(status == 0 ? "closed" : status).append(' '));
		System.out.printf("%-28s %7d %-22s %6.1f MB %7.1f %6d MiB %6s MiB %6d MiB %6d MiB%n", name,
				clients.size() * rounds, answers.toString().trim(), phase.maxSent() / 1048576.0, phase.seconds(),
				phase.heapGrowthKb() / 1024, (gc < 0) ? "-" : String.valueOf(gc - idle.heapKb() / 1024),
				(end.heapKb() - idle.heapKb()) / 1024, phase.rssGrowthKb() / 1024);
	}

	private Phase phase(String name, List<String> clients, int rounds, Upload upload) throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		long rssAtStart = rssKb();
		AtomicLong peakRss = new AtomicLong(rssAtStart);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				peakRss.accumulateAndGet(rssKb(), Math::max);
				pause(50);
			}
		});
		sampler.setDaemon(true);
		HeapSampler heap = new HeapSampler(this.pid);
		Map<Integer, Integer> answers = new TreeMap<>();
		AtomicLong maxSent = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(clients.size());
		long started = System.currentTimeMillis();
		sampler.start();
		List<Future<?>> done = new ArrayList<>();
		for (String client : clients) {
			done.add(pool.submit(() -> {
				for (int round = 0; round < rounds; round++) {
					long[] sent = upload.send(client);
					maxSent.accumulateAndGet(sent[1], Math::max);
					synchronized (answers) {
						answers.merge((int) sent[0], 1, Integer::sum);
					}
				}
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		long ended = System.currentTimeMillis();
		running.set(false);
		sampler.join();
		pool.shutdown();
		return new Phase(answers, maxSent.get(), (ended - started) / 1000.0, peakRss.get() - rssAtStart,
				heap.stop(), started, ended);
	}

	/** The largest heap after a collection between these times (MiB; -1 when none). */
	private long liveAfterCollections(long from, long to) throws IOException {
		long after = -1;
		for (String line : Files.readAllLines(this.gcLog)) {
			Matcher gc = GC_LINE.matcher(line);
			if (gc.find() && !line.contains("System.gc()")) {
				long at = Long.parseLong(gc.group(1));
				if (at >= from && at <= to) {
					after = Math.max(after, Long.parseLong(gc.group(2)));
				}
			}
		}
		return after;
	}

	/**
	 * The server's heap in use every 100 ms ({@code jstat -gc}: survivors, eden and old
	 * generation), garbage included; {@link #stop()} answers its largest growth over the
	 * first sample.
	 */
	private static final class HeapSampler {

		private final Process jstat;

		private final AtomicLong first = new AtomicLong(-1);

		private final AtomicLong peak = new AtomicLong();

		private final Thread reader;

		HeapSampler(long pid) throws IOException {
			this.jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "100").start();
			this.reader = new Thread(this::read);
			this.reader.setDaemon(true);
			this.reader.start();
			while (this.first.get() < 0 && this.jstat.isAlive()) {
				pause(20);
			}
		}

		private void read() {
			try (java.io.BufferedReader lines = new java.io.BufferedReader(
					new java.io.InputStreamReader(this.jstat.getInputStream(), StandardCharsets.US_ASCII))) {
				List<String> header = Arrays.asList(lines.readLine().trim().split("\\s+"));
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					String[] values = line.trim().split("\\s+");
					double used = 0;
					for (String column : List.of("S0U", "S1U", "EU", "OU")) {
						used += Double.parseDouble(values[header.indexOf(column)]);
					}
					this.first.compareAndSet(-1, (long) used);
					this.peak.accumulateAndGet((long) used, Math::max);
				}
			}
			catch (IOException | RuntimeException ex) {
				// jstat stopped
			}
		}

		long stop() throws InterruptedException {
			pause(150);
			this.jstat.destroy();
			this.reader.join(2000);
			return Math.max(0, this.peak.get() - this.first.get());
		}

	}

	private Figures idle() throws Exception {
		jcmd("GC.run");
		Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd("GC.heap_info"));
		if (!used.find()) {
			throw new IllegalStateException("no heap figure from jcmd");
		}
		return new Figures(Long.parseLong(used.group(1)), rssKb());
	}

	private String jcmd(String command) throws Exception {
		Process jcmd = new ProcessBuilder("jcmd", String.valueOf(this.pid), command).redirectErrorStream(true).start();
		String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		jcmd.waitFor();
		return output;
	}

	private long rssKb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + this.pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException ex) {
			// the server is gone: the phase fails on its own
		}
		return 0;
	}

	private String clientWithPolicy(int i) throws Exception {
		String email = "upload-bench-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		String client = JSON
			.readTree(json("POST", "/api/clients",
					Map.of("firstName", "Bench", "lastName", "Client " + i, "email", email, "timeZone",
							"America/New_York")))
			.get("id")
			.asString();
		json("PUT", "/api/clients/" + client + "/insurance", Map.of("payerId", "aetna", "memberId", "W123456789",
				"relationship", "self", "clientDateOfBirth", "1990-04-02"));
		return client;
	}

	private String json(String method, String path, Object body) throws Exception {
		HttpResponse<String> answer = this.http.send(request(path)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() / 100 != 2) {
			throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + " " + answer.body());
		}
		return answer.body();
	}

	private HttpRequest.Builder request(String path) {
		StringBuilder cookie = new StringBuilder();
		this.cookies.forEach((name, value) -> cookie.append(name).append('=').append(value).append("; "));
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(120))
			.header("Origin", "http://localhost:8080")
			.header("X-XSRF-TOKEN", this.cookies.get("XSRF-TOKEN"))
			.header("Cookie", cookie.toString());
	}

	private long[] upload(String client, byte[] form) throws Exception {
		HttpResponse<Void> answer = this.http.send(card(client).POST(HttpRequest.BodyPublishers.ofByteArray(form)).build(),
				HttpResponse.BodyHandlers.discarding());
		return new long[] { answer.statusCode(), form.length };
	}

	/** 50 MB after a PDF header, with or without a {@code Content-Length}. */
	private long[] stream(String client, boolean withLength) throws Exception {
		AtomicLong sent = new AtomicLong();
		byte[] head = multipartHead();
		HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers
			.ofInputStream(() -> counted(new ByteArrayInputStream(head), sent, head.length + FIFTY_MB));
		HttpRequest.Builder request = card(client);
		request.POST(withLength ? HttpRequest.BodyPublishers.fromPublisher(body, head.length + FIFTY_MB) : body);
		try {
			int status = this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
			return new long[] { status, sent.get() };
		}
		catch (IOException ex) {
			return new long[] { 0, sent.get() };
		}
	}

	private HttpRequest.Builder card(String client) {
		return request("/api/clients/" + client + "/insurance/cards/front").header("Content-Type",
				"multipart/form-data; boundary=benchboundary");
	}

	private static byte[] multipartHead() {
		return ("--benchboundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"card.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] form(byte[] file) {
		byte[] head = multipartHead();
		byte[] tail = "\r\n--benchboundary--\r\n".getBytes(StandardCharsets.US_ASCII);
		byte[] form = Arrays.copyOf(head, head.length + file.length + tail.length);
		System.arraycopy(file, 0, form, head.length, file.length);
		System.arraycopy(tail, 0, form, head.length + file.length, tail.length);
		return form;
	}

	private static byte[] pdfOfSize(int size) {
		byte[] pdf = new byte[size];
		Arrays.fill(pdf, (byte) 'x');
		byte[] head = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
		byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(head, 0, pdf, 0, head.length);
		System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
		return pdf;
	}

	/** The head, then zero bytes up to {@code total}, counting what is read. */
	private static InputStream counted(InputStream head, AtomicLong sent, long total) {
		return new InputStream() {

			private long position;

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xff;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				if (this.position >= total) {
					return -1;
				}
				int n = head.read(buffer, offset, length);
				if (n < 0) {
					n = (int) Math.min(length, total - this.position);
					Arrays.fill(buffer, offset, offset + n, (byte) 'x');
				}
				this.position += n;
				sent.addAndGet(n);
				return n;
			}

		};
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
