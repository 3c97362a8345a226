package com.claimstream.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient.Version;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.DataFormatException;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import io.netty.channel.ChannelOption;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load generator for {@code /api/stream}. Subcommands, all bounded in count and time:
 * <ul>
 * <li>{@code setup}: signs up N practices (one admin session each, TOTP enrolled) and writes
 * {@code practices.tsv} (index, practice id, session cookie, XSRF token); with
 * {@code --bare} writes placeholder sessions for {@link BareServer}.</li>
 * <li>{@code connect}: opens the sockets {@code [from, to)} of the global plan (socket i
 * belongs to practice i mod N and binds source address i mod S), sends its resume (see
 * {@link Connector}), reads every frame, records commit-to-receive latency and counts per
 * event id; writes
 * {@code ready-K} when all are open and its results when {@code stop} appears.</li>
 * <li>{@code inject}: commits events at R/s for D s: {@code db} (outbox rows over
 * JDBC), {@code api} ({@code POST /api/clients}), {@code bare} (asks the
 * {@link BareServer} to broadcast); writes {@code events.tsv}.</li>
 * <li>{@code report}: merges everything into one table row; {@code phase}: the receipts of
 * one phase ({@code cut-NAME}).</li>
 * <li>{@code writes} ({@link Writes}) and {@code poll} ({@link Polling}): the write path and
 * the polling baseline.</li>
 * </ul>
 */
public final class StreamLoad {

	static final ObjectMapper JSON = JsonMapper.builder().build();

	static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

	private StreamLoad() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			System.err.println("usage: StreamLoad setup|connect|inject|report|phase|writes|poll --option value ...");
			System.exit(2);
		}
		Map<String, String> options = options(args);
		switch (args[0]) {
			case "setup" -> setup(options);
			case "connect" -> connect(options);
			case "inject" -> inject(options);
			case "report" -> Report.report(options);
			case "phase" -> Report.phase(options);
			case "writes" -> Writes.writes(options);
			case "poll" -> Polling.poll(options);
			default -> throw new IllegalArgumentException("unknown subcommand " + args[0]);
		}
		System.exit(0);
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("expected --option, got " + args[i]);
			}
			String key = args[i].substring(2);
			if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				options.put(key, args[++i]);
			}
			else {
				options.put(key, "true");
			}
		}
		return options;
	}

	static String require(Map<String, String> options, String key) {
		String value = options.get(key);
		if (value == null) {
			throw new IllegalArgumentException("missing --" + key);
		}
		return value;
	}

	static long epochMicros(Instant instant) {
		return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
	}

	static long nowMicros() {
		return epochMicros(Instant.now());
	}

	record Practice(int index, String id, String session, String xsrf) {
	}

	static List<Practice> practices(Path file) throws IOException {
		List<Practice> practices = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			if (line.isBlank()) {
				continue;
			}
			String[] f = line.split("\t");
			practices.add(new Practice(Integer.parseInt(f[0]), f[1], f[2], f[3]));
		}
		return practices;
	}

	// ---------------------------------------------------------------- setup

	static void setup(Map<String, String> o) throws Exception {
		int n = Integer.parseInt(require(o, "practices"));
		Path out = Path.of(require(o, "out"));
		if (o.containsKey("bare")) {
			try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
				for (int i = 0; i < n; i++) {
					w.println(i + "\t" + new UUID(0, i) + "\tbare-" + i + "\t-");
				}
			}
			return;
		}
		String base = require(o, "base");
		String origin = o.getOrDefault("origin", "http://localhost:8080");
		int parallel = Integer.parseInt(o.getOrDefault("parallel", "4"));
		String run = Long.toString(System.currentTimeMillis(), 36);
		java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
			.version(Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		Practice[] result = new Practice[n];
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		AtomicInteger failures = new AtomicInteger();
		long started = System.nanoTime();
		CountDownLatch done = new CountDownLatch(n);
		for (int i = 0; i < n; i++) {
			int index = i;
			pool.execute(() -> {
				try {
					result[index] = signUp(http, base, origin, run, index);
				}
				catch (Exception ex) {
					if (failures.incrementAndGet() <= 5) {
						System.err.println("sign-up " + index + " failed: " + ex);
					}
				}
				finally {
					done.countDown();
				}
			});
		}
		if (!done.await(10, TimeUnit.MINUTES)) {
			throw new IllegalStateException("sign-ups did not finish in 10 minutes");
		}
		pool.shutdownNow();
		if (failures.get() > 0) {
			throw new IllegalStateException(failures.get() + " sign-ups failed");
		}
		try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
			for (Practice p : result) {
				w.println(p.index() + "\t" + p.id() + "\t" + p.session() + "\t" + p.xsrf());
			}
		}
		System.err.printf("signed up %d practices in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
	}

	static Practice signUp(java.net.http.HttpClient http, String base, String origin, String run, int index)
			throws Exception {
		HttpResponse<String> session = http.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		Map<String, String> cookies = cookies(session, new HashMap<>());
		String xsrf = cookies.get("XSRF-TOKEN");
		if (xsrf == null) {
			throw new IllegalStateException("no XSRF-TOKEN cookie from GET /api/session: " + session.statusCode());
		}
		String email = "bench-" + run + "-" + index + "@example.test";
		String body = JSON.writeValueAsString(Map.of("practiceName", "Bench " + run + " " + index, "yourName",
				"Bench Admin " + index, "email", email, "password", "bench-" + run + "-Quokka-" + index));
		HttpResponse<String> asked = post(http, base + "/api/practice-signups", origin, xsrf, body);
		if (asked.statusCode() != 202) {
			throw new IllegalStateException("sign-up answered " + asked.statusCode() + " " + asked.body());
		}
		// sign-up is confirmed by an emailed link (AUTH-03): read it from the dev mailbox, as a user opens it
		String token = signUpToken(http, base, email);
		HttpResponse<String> signup = post(http, base + "/api/practice-signups/complete", origin, xsrf,
				JSON.writeValueAsString(Map.of("token", token)));
		if (signup.statusCode() != 201) {
			throw new IllegalStateException("sign-up link answered " + signup.statusCode() + " " + signup.body());
		}
		cookies(signup, cookies);
		String sessionCookie = cookies.get("claimstream_session");
		if (sessionCookie == null) {
			throw new IllegalStateException("no claimstream_session cookie: " + signup.headers().map());
		}
		String practiceId = JSON.readTree(signup.body()).get("practice").get("id").asString();
		// AUTH-05: a practice member sees no client data (nor the stream) before enrolling TOTP
		HttpResponse<String> enrolment = post(http, base + "/api/account/two-factor/enrolment", origin, cookies, "{}");
		if (enrolment.statusCode() != 201) {
			throw new IllegalStateException("two-factor enrolment answered " + enrolment.statusCode());
		}
		String secret = JSON.readTree(enrolment.body()).get("secret").asString();
		HttpResponse<String> confirmed = post(http, base + "/api/account/two-factor/enrolment/confirm", origin,
				cookies, "{\"code\":\"" + AuditBench.totp(secret) + "\"}");
		if (confirmed.statusCode() != 200) {
			throw new IllegalStateException("two-factor confirmation answered " + confirmed.statusCode());
		}
		return new Practice(index, practiceId, cookies.get("claimstream_session"),
				cookies.getOrDefault("XSRF-TOKEN", xsrf));
	}

	/** A POST as the session in {@code cookies}, which takes the cookies the answer sets. */
	static HttpResponse<String> post(java.net.http.HttpClient http, String url, String origin,
			Map<String, String> cookies, String body) throws Exception {
		StringBuilder cookie = new StringBuilder();
		cookies.forEach((name, value) -> cookie.append(name).append('=').append(value).append("; "));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Origin", origin)
			.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"))
			.header("Cookie", cookie.toString())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		cookies(response, cookies);
		return response;
	}

	static HttpResponse<String> post(java.net.http.HttpClient http, String url, String origin, String xsrf,
			String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Origin", origin)
			.header("X-XSRF-TOKEN", xsrf)
			.header("Cookie", "XSRF-TOKEN=" + xsrf)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The token of the sign-up link mailed to {@code email}, from the dev mailbox (its newest 100 mails). */
	private static String signUpToken(java.net.http.HttpClient http, String base, String email) throws Exception {
		java.util.regex.Pattern link = java.util.regex.Pattern.compile("/app/sign-up/complete#token=([A-Za-z0-9_-]+)");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			HttpResponse<String> mailbox = http.send(HttpRequest.newBuilder(URI.create(base + "/api/dev/mailbox"))
				.timeout(Duration.ofSeconds(30))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			for (var mail : JSON.readTree(mailbox.body())) {
				if (email.equals(mail.path("to").asString(null))) {
					java.util.regex.Matcher found = link.matcher(mail.path("text").asString(""));
					if (found.find()) {
						return found.group(1);
					}
				}
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("no sign-up link reached " + email + " in the dev mailbox within 60 s");
	}

	static Map<String, String> cookies(HttpResponse<?> response, Map<String, String> into) {
		for (String header : response.headers().allValues("set-cookie")) {
			String pair = header.split(";", 2)[0];
			int eq = pair.indexOf('=');
			if (eq > 0) {
				String value = pair.substring(eq + 1);
				if (value.isEmpty()) {
					into.remove(pair.substring(0, eq));
				}
				else {
					into.put(pair.substring(0, eq), value);
				}
			}
		}
		return into;
	}

	// ---------------------------------------------------------------- connect

	/** What one generator process saw. */
	static final class Tally {

		final ConcurrentHistogram latency = new ConcurrentHistogram(HIGHEST_MICROS, 3);

		/** The same first receipts, cut into phases by {@code cut-NAME} files. */
		final Recorder phase = new Recorder(HIGHEST_MICROS, 3);

		/** "eventId\tpracticeIndex" to {distinct receipts, duplicate receipts}. */
		final ConcurrentHashMap<String, int[]> received = new ConcurrentHashMap<>();

		final AtomicInteger opened = new AtomicInteger();

		final AtomicInteger open = new AtomicInteger();

		final AtomicInteger failed = new AtomicInteger();

		final AtomicInteger closedEarly = new AtomicInteger();

		final AtomicInteger reopened = new AtomicInteger();

		final AtomicInteger reopenFailures = new AtomicInteger();

		final AtomicLong lastReopenMillis = new AtomicLong();

		final AtomicLong heartbeats = new AtomicLong();

		final AtomicLong resets = new AtomicLong();

		final AtomicLong otherFrames = new AtomicLong();

		final AtomicLong negativeLatency = new AtomicLong();

		/** Sockets that stopped reading: events and resets they read afterwards, server closes. */
		final AtomicLong slowEvents = new AtomicLong();

		final AtomicLong slowResets = new AtomicLong();

		final AtomicLong slowClosed = new AtomicLong();

		final ConcurrentHashMap<String, AtomicInteger> closeReasons = new ConcurrentHashMap<>();

		volatile boolean stopping;

		/** Whether the slow sockets have stopped reading; they read again when it completes. */
		volatile boolean slowPaused;

		final Sinks.Empty<Void> readAgain = Sinks.empty();

		Mono<Void> slowGate() {
			return this.slowPaused ? this.readAgain.asMono() : Mono.empty();
		}

	}

	/** One planned socket across its reconnects: what it saw and its last cursor. */
	static final class Socket {

		final int index;

		final Practice practice;

		final boolean slow;

		final Set<String> seen = new HashSet<>();

		volatile String cursor;

		Socket(int index, Practice practice, boolean slow) {
			this.index = index;
			this.practice = practice;
			this.slow = slow;
		}

		String resumeFrame() {
			return "{\"type\":\"resume\",\"after\":" + ((this.cursor != null) ? "\"" + this.cursor + "\"" : "null")
					+ "}";
		}

	}

	/**
	 * Opens sockets: answers the server's first frame with a resume from the socket's last
	 * cursor, reads every frame; with a reconnect jitter, reopens a socket the server
	 * closed after a random delay up to it (and retries while the server is down). A slow
	 * socket (small receive buffer) stops asking for frames when {@code pause-slow} appears,
	 * so Reactor Netty stops reading it, and reads again when {@code read-again} does.
	 */
	static final class Connector {

		private final String url;

		private final HttpClient[] clients;

		private final HttpClient[] slowClients;

		private final String cookieName;

		private final String origin;

		private final Tally tally;

		private final long jitterMillis;

		private final WebsocketClientSpec spec = WebsocketClientSpec.builder().maxFramePayloadLength(65536).build();

		final List<Disposable> opened = java.util.Collections.synchronizedList(new ArrayList<>());

		Connector(Map<String, String> o, String[] sources, Tally tally) throws Exception {
			this.url = require(o, "url");
			this.cookieName = o.getOrDefault("cookie-name", "claimstream_session");
			this.tally = tally;
			this.jitterMillis = Long.parseLong(o.getOrDefault("reconnect-jitter-ms", "-1"));
			this.origin = o.getOrDefault("origin", "http://localhost:8080");
			SslContext insecure = this.url.startsWith("wss:")
					? SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build() : null;
			this.clients = new HttpClient[sources.length];
			this.slowClients = new HttpClient[sources.length];
			for (int s = 0; s < sources.length; s++) {
				InetSocketAddress local = new InetSocketAddress(sources[s], 0);
				HttpClient client = HttpClient.newConnection()
					.bindAddress(() -> local)
					.responseTimeout(Duration.ofSeconds(30))
					.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000);
				if (insecure != null) {
					client = client.secure((ssl) -> ssl.sslContext(insecure));
				}
				this.clients[s] = client;
				this.slowClients[s] = client.option(ChannelOption.SO_RCVBUF, 4096);
			}
		}

		/** Completes once the socket has sent its resume, or failed to open. */
		Mono<Void> open(Socket socket) {
			return Mono.<Void>create((handshake) -> connect(socket, true, handshake::success))
				.timeout(Duration.ofSeconds(30), Mono.empty());
		}

		private void connect(Socket socket, boolean first, Runnable resumed) {
			HttpClient client = (socket.slow ? this.slowClients : this.clients)[socket.index % this.clients.length]
				.headers((h) -> h
					.set("Cookie",
							this.cookieName + "=" + socket.practice.session() + "; XSRF-TOKEN=" + socket.practice.xsrf())
					.set("Origin", this.origin));
			boolean[] openedThis = new boolean[1];
			Disposable connection = client.websocket(this.spec).uri(this.url).handle((in, out) -> {
				openedThis[0] = true;
				this.tally.open.incrementAndGet();
				if (first) {
					this.tally.opened.incrementAndGet();
				}
				else {
					this.tally.reopened.incrementAndGet();
					this.tally.lastReopenMillis.accumulateAndGet(System.currentTimeMillis(), Math::max);
				}
				in.receiveCloseStatus().subscribe((status) -> {
					this.tally.closeReasons
						.computeIfAbsent(status.code() + " " + status.reasonText(), (k) -> new AtomicInteger())
						.incrementAndGet();
					if (socket.slow) {
						this.tally.slowClosed.incrementAndGet();
					}
				});
				Mono<Void> resume = out.sendString(Mono.just(socket.resumeFrame())).then().doOnTerminate(resumed);
				Flux<String> frames = in.aggregateFrames().receive().asString();
				if (socket.slow) {
					// no demand while paused: Reactor Netty then stops reading the socket
					frames = frames.concatMap((text) -> this.tally.slowGate().thenReturn(text), 1);
				}
				Mono<Void> reading = frames.doOnNext((text) -> onFrame(this.tally, socket, text)).then();
				return resume.then(reading);
			}).doFinally((signal) -> {
				if (openedThis[0]) {
					this.tally.open.decrementAndGet();
					if (!this.tally.stopping) {
						this.tally.closedEarly.incrementAndGet();
						reconnect(socket, 0);
					}
				}
			}).subscribe((v) -> {
			}, (error) -> {
				if (openedThis[0]) {
					return;
				}
				if (first) {
					if (this.tally.failed.incrementAndGet() <= 5) {
						System.err.println("socket " + socket.index + ": " + error);
					}
				}
				else {
					this.tally.reopenFailures.incrementAndGet();
					reconnect(socket, 500);
				}
				resumed.run();
			}, () -> {
			});
			this.opened.add(connection);
		}

		private void reconnect(Socket socket, long pauseMillis) {
			if (this.jitterMillis < 0 || this.tally.stopping) {
				return;
			}
			long delay = pauseMillis + ThreadLocalRandom.current().nextLong(this.jitterMillis + 1);
			Mono.delay(Duration.ofMillis(delay)).subscribe((tick) -> {
				if (!this.tally.stopping) {
					connect(socket, false, () -> {
					});
				}
			});
		}

	}

	static void connect(Map<String, String> o) throws Exception {
		List<Practice> practices = practices(Path.of(require(o, "practices-file")));
		int from = Integer.parseInt(require(o, "from"));
		int to = Integer.parseInt(require(o, "to"));
		String[] sources = o.getOrDefault("sources", "127.0.0.1").split(",");
		Path dir = Path.of(require(o, "dir"));
		String id = require(o, "id");
		long maxSeconds = Long.parseLong(o.getOrDefault("max-seconds", "600"));
		int parallel = Integer.parseInt(o.getOrDefault("parallel", "128"));
		int slowPractice = Integer.parseInt(o.getOrDefault("slow-practice", "-1"));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);

		Tally tally = new Tally();
		Connector connector = new Connector(o, sources, tally);
		List<Socket> sockets = new ArrayList<>(to - from);
		for (int i = from; i < to; i++) {
			Practice practice = practices.get(i % practices.size());
			sockets.add(new Socket(i, practice, practice.index() == slowPractice));
		}
		long started = System.nanoTime();
		Flux.fromIterable(sockets)
			.flatMap(connector::open, parallel)
			.blockLast(Duration.ofSeconds(Math.max(60, maxSeconds)));

		// opened counts handshakes; a socket closes when its handle completes
		System.err.printf("generator %s: %d sockets open, %d failed, in %.1f s%n", id, tally.opened.get(),
				tally.failed.get(), (System.nanoTime() - started) / 1e9);
		Files.writeString(dir.resolve("ready-" + id), tally.opened.get() + " " + tally.failed.get() + "\n");
		Path stop = dir.resolve("stop");
		Set<String> cuts = new HashSet<>();
		boolean readingAgain = false;
		while (!Files.exists(stop) && System.nanoTime() < deadline) {
			cutPhases(dir, id, tally, cuts);
			if (!tally.slowPaused && Files.exists(dir.resolve("pause-slow"))) {
				tally.slowPaused = true;
			}
			if (!readingAgain && Files.exists(dir.resolve("read-again"))) {
				readingAgain = true;
				tally.readAgain.tryEmitEmpty();
			}
			Thread.sleep(100);
		}
		tally.stopping = true;
		writeResults(dir, id, tally, tally.open.get());
		connector.opened.forEach(Disposable::dispose);
	}

	/**
	 * For each new {@code cut-NAME} file, writes the receipts since the previous cut to
	 * {@code phase-NAME-ID.txt}.
	 */
	static void cutPhases(Path dir, String id, Tally tally, Set<String> cuts) throws IOException {
		List<String> names;
		try (java.util.stream.Stream<Path> files = Files.list(dir)) {
			names = files.map((f) -> f.getFileName().toString())
				.filter((n) -> n.startsWith("cut-") && !cuts.contains(n))
				.sorted()
				.toList();
		}
		for (String name : names) {
			cuts.add(name);
			Files.writeString(dir.resolve("phase-" + name.substring(4) + "-" + id + ".txt"),
					"histogram " + encode(tally.phase.getIntervalHistogram()) + "\n");
		}
	}

	static void onFrame(Tally tally, Socket socket, String text) {
		long received = nowMicros();
		JsonNode frame = JSON.readTree(text);
		String type = frame.path("type").asString();
		switch (type) {
			case "event" -> {
				socket.cursor = frame.path("cursor").asString(null);
				if (socket.slow) {
					tally.slowEvents.incrementAndGet();
					return;
				}
				JsonNode event = frame.get("event");
				String eventId = event.get("id").asString();
				String at = event.get("occurredAt").asString();
				Instant occurred;
				try {
					occurred = Instant.parse(at);
				}
				catch (RuntimeException ex) {
					occurred = OffsetDateTime.parse(at).toInstant();
				}
				boolean first;
				synchronized (socket.seen) {
					first = socket.seen.add(eventId);
				}
				int[] counts = tally.received.computeIfAbsent(eventId + "\t" + socket.practice.index(),
						(k) -> new int[2]);
				synchronized (counts) {
					counts[first ? 0 : 1]++;
				}
				if (first) {
					long latency = received - epochMicros(occurred);
					if (latency < 0) {
						tally.negativeLatency.incrementAndGet();
						latency = 0;
					}
					latency = Math.min(latency, HIGHEST_MICROS);
					tally.latency.recordValue(latency);
					tally.phase.recordValue(latency);
				}
			}
			case "heartbeat" -> tally.heartbeats.incrementAndGet();
			case "reset" -> (socket.slow ? tally.slowResets : tally.resets).incrementAndGet();
			default -> tally.otherFrames.incrementAndGet();
		}
	}

	static void writeResults(Path dir, String id, Tally tally, int openAtStop) throws IOException {
		try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("received-" + id + ".tsv")))) {
			tally.received.forEach((key, counts) -> w.println(key + "\t" + counts[0] + "\t" + counts[1]));
		}
		Map<String, String> result = new TreeMap<>();
		result.put("opened", Integer.toString(tally.opened.get()));
		result.put("failed", Integer.toString(tally.failed.get()));
		result.put("open_at_stop", Integer.toString(openAtStop));
		result.put("closed_early", Integer.toString(tally.closedEarly.get()));
		result.put("reopened", Integer.toString(tally.reopened.get()));
		result.put("reopen_failures", Integer.toString(tally.reopenFailures.get()));
		result.put("last_reopen_ms", Long.toString(tally.lastReopenMillis.get()));
		result.put("heartbeats", Long.toString(tally.heartbeats.get()));
		result.put("resets", Long.toString(tally.resets.get()));
		result.put("slow_events", Long.toString(tally.slowEvents.get()));
		result.put("slow_resets", Long.toString(tally.slowResets.get()));
		result.put("slow_closed", Long.toString(tally.slowClosed.get()));
		result.put("other_frames", Long.toString(tally.otherFrames.get()));
		result.put("negative_latency", Long.toString(tally.negativeLatency.get()));
		StringBuilder reasons = new StringBuilder();
		tally.closeReasons.forEach((k, v) -> reasons.append(k.replace(' ', '_')).append('=').append(v).append(','));
		result.put("close_reasons", reasons.length() == 0 ? "-" : reasons.toString());
		result.put("histogram", encode(tally.latency));
		try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("result-" + id + ".txt")))) {
			result.forEach((k, v) -> w.println(k + " " + v));
		}
	}

	static String encode(Histogram histogram) {
		ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
		int length = histogram.encodeIntoCompressedByteBuffer(buffer);
		return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), length));
	}

	static Histogram decode(String base64) throws DataFormatException {
		return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
	}

	// ---------------------------------------------------------------- inject

	static void inject(Map<String, String> o) throws Exception {
		String mode = require(o, "mode");
		double rate = Double.parseDouble(require(o, "rate"));
		int seconds = Integer.parseInt(require(o, "seconds"));
		List<Practice> practices = practices(Path.of(require(o, "practices-file")));
		Path out = Path.of(require(o, "out"));
		switch (mode) {
			case "db" -> injectDb(o, rate, seconds, practices, out);
			case "api" -> injectApi(o, rate, seconds, practices, out);
			case "bare" -> injectBare(o, rate, seconds, practices, out);
			default -> throw new IllegalArgumentException("unknown mode " + mode);
		}
	}

	/** Paces {@code count} ticks over {@code seconds}; returns false when behind by 1 s. */
	static void pace(long startNanos, long tick, double ratePerThread) throws InterruptedException {
		long due = startNanos + (long) (tick * 1e9 / ratePerThread);
		long wait = due - System.nanoTime();
		if (wait > 0) {
			TimeUnit.NANOSECONDS.sleep(wait);
		}
	}

	/**
	 * Which practice each event goes to: at random; {@code --round-robin} (each in turn);
	 * or {@code --hot-share F}: a share F to practice 0, the rest at random among the
	 * others.
	 */
	static java.util.function.IntSupplier picker(Map<String, String> o, int size) {
		if (o.containsKey("round-robin")) {
			AtomicLong next = new AtomicLong();
			return () -> (int) (next.getAndIncrement() % size);
		}
		double hot = Double.parseDouble(o.getOrDefault("hot-share", "0"));
		if (hot > 0 && size > 1) {
			return () -> (ThreadLocalRandom.current().nextDouble() < hot) ? 0
					: ThreadLocalRandom.current().nextInt(1, size);
		}
		return () -> ThreadLocalRandom.current().nextInt(size);
	}

	static void injectDb(Map<String, String> o, double rate, int seconds, List<Practice> practices, Path out)
			throws Exception {
		String jdbc = require(o, "jdbc");
		int threads = Integer.parseInt(o.getOrDefault("threads", "4"));
		long total = (long) (rate * seconds);
		java.util.function.IntSupplier pick = picker(o, practices.size());
		List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		long hardStop = start + TimeUnit.SECONDS.toNanos(seconds + 30L);
		List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			long mine = total / threads + ((t < total % threads) ? 1 : 0);
			futures.add(pool.submit(() -> {
				try (Connection c = DriverManager.getConnection(jdbc, o.getOrDefault("user", "postgres"),
						o.getOrDefault("password", ""));
						PreparedStatement insert = c.prepareStatement("""
								insert into event (event_id, practice_id, audience, client_id, kind, subject_type, subject_id,
								                   data)
								values (?, ?, 'members', ?, 'client.updated', 'client', ?, cast(? as jsonb))""")) {
					c.setAutoCommit(true);
					double perThread = rate / threads;
					for (long k = 0; k < mine && System.nanoTime() < hardStop; k++) {
						pace(start, k, perThread);
						Practice p = practices.get(pick.getAsInt());
						UUID eventId = UUID.randomUUID();
						UUID clientId = UUID.randomUUID();
						insert.setObject(1, eventId);
						insert.setObject(2, UUID.fromString(p.id()));
						insert.setObject(3, clientId);
						insert.setObject(4, clientId);
						insert.setString(5, "{\"clientId\":\"" + clientId + "\",\"status\":\"active\"}");
						insert.executeUpdate();
						lines.add(eventId + "\t" + p.index());
					}
				}
				return null;
			}));
		}
		for (var f : futures) {
			f.get();
		}
		pool.shutdown();
		writeEvents(out, lines, start);
	}

	static void injectApi(Map<String, String> o, double rate, int seconds, List<Practice> practices, Path out)
			throws Exception {
		String base = require(o, "base");
		String origin = o.getOrDefault("origin", "http://localhost:8080");
		String jdbc = require(o, "jdbc");
		java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(Version.HTTP_1_1).build();
		long total = (long) (rate * seconds);
		Semaphore inFlight = new Semaphore(64);
		AtomicInteger failures = new AtomicInteger();
		Instant from = Instant.now().minusSeconds(1);
		long start = System.nanoTime();
		long hardStop = start + TimeUnit.SECONDS.toNanos(seconds + 30L);
		for (long k = 0; k < total && System.nanoTime() < hardStop; k++) {
			pace(start, k, rate);
			Practice p = practices.get(ThreadLocalRandom.current().nextInt(practices.size()));
			String body = "{\"firstName\":\"Bench\",\"lastName\":\"Client " + k + "\",\"email\":\"c" + k + "-"
					+ UUID.randomUUID() + "@example.test\"}";
			if (!inFlight.tryAcquire(10, TimeUnit.SECONDS)) {
				failures.incrementAndGet();
				continue;
			}
			http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/clients"))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.header("Origin", origin)
				.header("X-XSRF-TOKEN", p.xsrf())
				.header("Cookie", "claimstream_session=" + p.session() + "; XSRF-TOKEN=" + p.xsrf())
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
					inFlight.release();
					if (e != null || r.statusCode() != 201) {
						if (failures.incrementAndGet() <= 5) {
							System.err.println("POST /api/clients: " + (e != null ? e : r.statusCode()));
						}
					}
				});
		}
		inFlight.acquire(64);
		if (failures.get() > 0) {
			System.err.println(failures.get() + " POST /api/clients failed");
		}
		Map<String, Integer> index = new HashMap<>();
		practices.forEach((p) -> index.put(p.id(), p.index()));
		List<String> lines = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(jdbc, o.getOrDefault("user", "postgres"),
				o.getOrDefault("password", ""));
				PreparedStatement q = c
					.prepareStatement("select event_id::text, practice_id::text from event where occurred_at >= ?")) {
			q.setTimestamp(1, Timestamp.from(from));
			try (ResultSet rs = q.executeQuery()) {
				while (rs.next()) {
					Integer i = index.get(rs.getString(2));
					if (i != null) {
						lines.add(rs.getString(1) + "\t" + i);
					}
				}
			}
		}
		writeEvents(out, lines, start);
	}

	static void injectBare(Map<String, String> o, double rate, int seconds, List<Practice> practices, Path out)
			throws Exception {
		String base = require(o, "base");
		java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(Version.HTTP_1_1).build();
		long start = System.nanoTime();
		HttpResponse<String> response = http.send(HttpRequest
			.newBuilder(URI.create(
					base + "/bare/inject?rate=" + rate + "&seconds=" + seconds + "&practices=" + practices.size()))
			.timeout(Duration.ofSeconds(seconds + 60L))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("bare inject answered " + response.statusCode());
		}
		writeEvents(out, response.body().lines().filter((l) -> !l.isBlank()).toList(), start);
	}

	static void writeEvents(Path out, List<String> lines, long startNanos) throws IOException {
		double elapsed = (System.nanoTime() - startNanos) / 1e9;
		Files.write(out, lines);
		Files.writeString(Path.of(out + ".meta"), "events " + lines.size() + "\nseconds " + elapsed + "\n");
		System.err.printf("injected %d events in %.1f s%n", lines.size(), elapsed);
	}

}
