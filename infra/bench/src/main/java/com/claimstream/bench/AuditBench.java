package com.claimstream.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AUD-06: "who accessed client X between dates" over a million audit rows, answered by the
 * administrators' review through the API. Signs up one practice (through its emailed
 * link), enrols TOTP, adds client X, appends {@code --rows} rows to the practice's chain
 * with the application's own {@code audit_append} (append-only triggers and hash chain
 * kept: no bypass), over the last 365 days, 1 in {@code --clients} of them about X; then
 * times {@code GET /api/practice/audit?clientId=X&from=&to=} (a 6-month window) and its CSV
 * export, and prints the plans of the two queries behind the review.
 */
public final class AuditBench {

	private AuditBench() {
	}

	public static void main(String[] args) throws Exception {
		String[] withCommand = new String[args.length + 1];
		withCommand[0] = "audit";
		System.arraycopy(args, 0, withCommand, 1, args.length);
		Map<String, String> o = StreamLoad.options(withCommand);
		String base = StreamLoad.require(o, "base");
		String jdbc = StreamLoad.require(o, "jdbc");
		String origin = o.getOrDefault("origin", "http://localhost:8080");
		long rows = Long.parseLong(o.getOrDefault("rows", "1000000"));
		int clients = Integer.parseInt(o.getOrDefault("clients", "2000"));
		int runs = Integer.parseInt(o.getOrDefault("runs", "10"));
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		StreamLoad.Practice admin = StreamLoad.signUp(http, base, origin, Long.toString(System.currentTimeMillis(), 36),
				0);
		// signed up with TOTP enrolled
		Session session = new Session(http, base, origin, admin.session(), admin.xsrf());
		String clientX = StreamLoad.JSON.readTree(session.send("POST", "/api/clients",
				"{\"firstName\":\"Casey\",\"lastName\":\"Bench\",\"email\":\"casey-" + System.nanoTime()
						+ "@example.test\"}",
				201))
			.get("id")
			.asString();

		Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Instant start = end.minus(Duration.ofDays(365));
		try (Connection c = DriverManager.getConnection(jdbc, o.getOrDefault("user", "postgres"),
				o.getOrDefault("password", ""))) {
			seed(c, admin.id(), clientX, rows, clients, start, end);
		}

		LocalDate from = LocalDate.ofInstant(start, ZoneOffset.UTC).plusMonths(3);
		LocalDate to = from.plusMonths(6);
		String filter = "clientId=" + clientX + "&from=" + from + "&to=" + to;
		List<Double> reviewMs = new ArrayList<>();
		List<Double> exportMs = new ArrayList<>();
		String firstPage = null;
		String csv = null;
		for (int i = 0; i <= runs; i++) { // run 0 warms up
			long t0 = System.nanoTime();
			firstPage = session.send("GET", "/api/practice/audit?" + filter, null, 200);
			long t1 = System.nanoTime();
			csv = session.send("GET", "/api/practice/audit/export?" + filter, null, 200);
			long t2 = System.nanoTime();
			if (i > 0) {
				reviewMs.add((t1 - t0) / 1e6);
				exportMs.add((t2 - t1) / 1e6);
			}
		}
		long total = StreamLoad.JSON.readTree(firstPage).path("totalItems").asLong(-1);
		long csvLines = csv.lines().count() - 1;
		try (Connection c = DriverManager.getConnection(jdbc, o.getOrDefault("user", "postgres"),
				o.getOrDefault("password", ""))) {
			explain(c, admin.id(), clientX, from, to);
			System.out.printf(Locale.ROOT, "audit_log rows: %d%n", count(c, "select count(*) from audit_log"));
		}
		System.out.printf(Locale.ROOT, "client X rows in the window: %d (review total), %d (CSV lines)%n", total,
				csvLines);
		System.out.printf(Locale.ROOT, "review  GET /api/practice/audit?%s%n  %s%n", filter, summary(reviewMs));
		System.out.printf(Locale.ROOT, "export  GET /api/practice/audit/export?%s%n  %s%n", filter,
				summary(exportMs));
	}

	/**
	 * Appends through {@code audit_append}, 100,000 rows a statement: 1 in {@code clients}
	 * rows names X, one in ten is an account event without a client.
	 */
	private static void seed(Connection c, String practiceId, String clientX, long rows, int clients, Instant start,
			Instant end) throws Exception {
		c.setAutoCommit(true);
		double stepSeconds = Duration.between(start, end).toSeconds() / (double) rows;
		long began = System.nanoTime();
		try (PreparedStatement append = c.prepareStatement("""
				select count(audit_append(p.id, cast(? as timestamptz) + g * make_interval(secs => cast(? as double precision)),
				    'client_read', 'R', 'client',
				    md5('actor' || (g % 20))::uuid, 'CLINICIAN', p.id,
				    case when g % 10 = 0 then '{}'::uuid[]
				         when g % cast(? as int) = 1 then array[cast(? as uuid)]
				         else array[md5('client' || ((g * 7919) % cast(? as int)))::uuid] end,
				    null::text, 'allowed', 200, 'GET', '/api/clients/{clientId}', '127.0.0.1', 'audit-bench', 'bench-' || g))
				from generate_series(?::bigint, ?::bigint) g, (select cast(? as uuid) as id) p
				""")) {
			for (long from = 0; from < rows; from += 100_000) {
				long to = Math.min(rows, from + 100_000) - 1;
				append.setTimestamp(1, Timestamp.from(start));
				append.setDouble(2, stepSeconds);
				append.setInt(3, clients);
				append.setString(4, clientX);
				append.setInt(5, clients - 1);
				append.setLong(6, from);
				append.setLong(7, to);
				append.setString(8, practiceId);
				try (ResultSet r = append.executeQuery()) {
					r.next();
				}
				System.err.printf(Locale.ROOT, "seeded %d rows (%.0f s)%n", to + 1, (System.nanoTime() - began) / 1e9);
			}
		}
		try (Statement analyze = c.createStatement()) {
			analyze.execute("analyze audit_log");
		}
	}

	/** The plans of the review's two queries (the page and its count), with their times. */
	private static void explain(Connection c, String practiceId, String clientX, LocalDate from, LocalDate to)
			throws Exception {
		String where = " from audit_log where practice_id = '" + practiceId + "' and client_ids @> array['" + clientX
				+ "'::uuid] and occurred_at >= '" + from + "' and occurred_at < '" + to + "'";
		for (String sql : List.of(
				"explain (analyze, buffers) select *" + where + " order by occurred_at desc, audit_id desc limit 50",
				"explain (analyze, buffers) select count(*)" + where)) {
			System.out.println("-- " + sql.substring("explain (analyze, buffers) ".length(), 40) + "…");
			try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
				while (r.next()) {
					System.out.println("   " + r.getString(1));
				}
			}
		}
	}

	private static long count(Connection c, String sql) throws Exception {
		try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
			r.next();
			return r.getLong(1);
		}
	}

	private static String summary(List<Double> millis) {
		List<Double> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		return String.format(Locale.ROOT, "%d runs: min %.1f ms, median %.1f ms, max %.1f ms", sorted.size(),
				sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
	}

	/** RFC 6238 (SHA-1, 6 digits, 30 s) of a base32 key, as an authenticator app computes it. */
	static String totp(String base32) throws Exception {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		StringBuilder bits = new StringBuilder();
		for (char ch : base32.replace(" ", "").toUpperCase(Locale.ROOT).toCharArray()) {
			String b = Integer.toBinaryString(alphabet.indexOf(ch));
			bits.append("0".repeat(5 - b.length())).append(b);
		}
		byte[] key = new byte[bits.length() / 8];
		for (int i = 0; i < key.length; i++) {
			key[i] = (byte) Integer.parseInt(bits.substring(i * 8, i * 8 + 8), 2);
		}
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec(key, "HmacSHA1"));
		byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(Instant.now().getEpochSecond() / 30).array());
		int offset = hash[hash.length - 1] & 0x0f;
		int code = (ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff) % 1_000_000;
		return String.format(Locale.ROOT, "%06d", code);
	}

	/** A signed-in browser: session and CSRF cookies kept as the server rotates them. */
	private static final class Session {

		private final HttpClient http;

		private final String base;

		private final String origin;

		private final Map<String, String> cookies = new HashMap<>();

		Session(HttpClient http, String base, String origin, String session, String xsrf) {
			this.http = http;
			this.base = base;
			this.origin = origin;
			this.cookies.put("claimstream_session", session);
			this.cookies.put("XSRF-TOKEN", xsrf);
		}

		String send(String method, String path, String body, int expected) throws Exception {
			StringBuilder cookie = new StringBuilder();
			this.cookies.forEach((name, value) -> cookie.append(name).append('=').append(value).append("; "));
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
				.timeout(Duration.ofSeconds(120))
				.header("Cookie", cookie.toString())
				.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
						: HttpRequest.BodyPublishers.noBody());
			if (body != null) {
				request.header("Content-Type", "application/json")
					.header("Origin", this.origin)
					.header("X-XSRF-TOKEN", this.cookies.get("XSRF-TOKEN"));
			}
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			StreamLoad.cookies(response, this.cookies);
			if (response.statusCode() != expected) {
				throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + " "
						+ response.body().substring(0, Math.min(500, response.body().length())));
			}
			return response.body();
		}

	}

}
