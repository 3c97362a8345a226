package com.claimstream.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.handler.codec.http.QueryStringDecoder;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.WebsocketServerSpec;

/**
 * The baseline: a Reactor Netty WebSocket server with no database and no security that
 * broadcasts frames shaped and sized like the app's event frames to the same fan-out. A
 * socket joins the group named by its cookie ({@code claimstream_session=bare-<i>}) after
 * its first frame (the resume). {@code POST /bare/inject?rate=&seconds=&practices=}
 * sends {@code rate} events a second for {@code seconds}, each to one random group,
 * {@code occurredAt} = the send time, and answers with the events it sent
 * ({@code id\tgroup} lines). Heartbeats every 15 s, like the app.
 */
public final class BareServer {

	private static final Map<Integer, List<Sinks.Many<String>>> groups = new ConcurrentHashMap<>();

	private static final AtomicLong position = new AtomicLong();

	private BareServer() {
	}

	public static void main(String[] args) {
		Map<String, String> o = StreamLoad.options(prepend(args));
		int port = Integer.parseInt(o.getOrDefault("port", "18081"));
		long maxSeconds = Long.parseLong(o.getOrDefault("max-seconds", "900"));
		ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
		timer.scheduleAtFixedRate(() -> broadcastAll("{\"type\":\"heartbeat\"}"), 15, 15, TimeUnit.SECONDS);
		DisposableServer server = HttpServer.create()
			.host("0.0.0.0")
			.port(port)
			.route((routes) -> routes.ws("/api/stream", (in, out) -> {
				int group = group(in.headers().get("Cookie"));
				Sinks.Many<String> sink = Sinks.many().unicast().onBackpressureBuffer();
				java.util.concurrent.atomic.AtomicBoolean joined = new java.util.concurrent.atomic.AtomicBoolean();
				// the first client frame (the resume) joins the group; the socket's end leaves it
				in.receive().asString().doOnNext((text) -> {
					if (joined.compareAndSet(false, true)) {
						join(group, sink);
					}
				}).doFinally((signal) -> {
					leave(group, sink);
					synchronized (sink) {
						sink.tryEmitComplete();
					}
				}).subscribe((text) -> {
				}, (error) -> {
				});
				return out.sendString(sink.asFlux()).then();
			}, WebsocketServerSpec.builder().maxFramePayloadLength(4096).build()).post("/bare/inject", (req, res) -> {
				QueryStringDecoder query = new QueryStringDecoder(req.uri());
				double rate = Double.parseDouble(query.parameters().get("rate").get(0));
				int seconds = Integer.parseInt(query.parameters().get("seconds").get(0));
				int practices = Integer.parseInt(query.parameters().get("practices").get(0));
				return res.sendString(Mono.fromCallable(() -> inject(rate, seconds, practices))
					.subscribeOn(Schedulers.boundedElastic()));
			}))
			.bindNow();
		System.err.println("bare server listening on " + port);
		// bounded: stops by itself
		server.onDispose().block(java.time.Duration.ofSeconds(maxSeconds));
		server.disposeNow();
		timer.shutdownNow();
		System.exit(0);
	}

	private static String[] prepend(String[] args) {
		String[] all = new String[args.length + 1];
		all[0] = "bare";
		System.arraycopy(args, 0, all, 1, args.length);
		return all;
	}

	private static int group(String cookie) {
		if (cookie != null) {
			for (String part : cookie.split(";")) {
				String p = part.trim();
				if (p.startsWith("claimstream_session=bare-")) {
					return Integer.parseInt(p.substring("claimstream_session=bare-".length()));
				}
			}
		}
		return -1;
	}

	private static void join(int group, Sinks.Many<String> sink) {
		groups.computeIfAbsent(group, (g) -> new CopyOnWriteArrayList<>()).add(sink);
	}

	private static void leave(int group, Sinks.Many<String> sink) {
		List<Sinks.Many<String>> members = groups.get(group);
		if (members != null) {
			members.remove(sink);
		}
	}

	private static void emit(Sinks.Many<String> sink, String frame) {
		synchronized (sink) {
			sink.tryEmitNext(frame);
		}
	}

	private static void broadcastAll(String frame) {
		groups.values().forEach((members) -> members.forEach((sink) -> emit(sink, frame)));
	}

	private static String inject(double rate, int seconds, int practices) throws InterruptedException {
		long total = (long) (rate * seconds);
		StringBuilder sent = new StringBuilder();
		long start = System.nanoTime();
		long hardStop = start + TimeUnit.SECONDS.toNanos(seconds + 30L);
		for (long k = 0; k < total && System.nanoTime() < hardStop; k++) {
			StreamLoad.pace(start, k, rate);
			int group = ThreadLocalRandom.current().nextInt(practices);
			UUID id = UUID.randomUUID();
			UUID clientId = UUID.randomUUID();
			// the app's frame: cursor is "<txid>-<position>"-sized, data {clientId, status}
			String frame = "{\"type\":\"event\",\"cursor\":\"" + (1_000_000 + k) + "-" + position.incrementAndGet()
					+ "\",\"event\":{\"id\":\"" + id + "\",\"kind\":\"client.updated\",\"occurredAt\":\""
					+ Instant.now() + "\",\"subject\":{\"type\":\"client\",\"id\":\"" + clientId
					+ "\"},\"data\":{\"clientId\":\"" + clientId + "\",\"status\":\"active\"}}}";
			List<Sinks.Many<String>> members = groups.get(group);
			if (members != null) {
				members.forEach((sink) -> emit(sink, frame));
			}
			sent.append(id).append('\t').append(group).append('\n');
		}
		return sent.toString();
	}

}
