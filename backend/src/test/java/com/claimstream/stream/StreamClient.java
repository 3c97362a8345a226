package com.claimstream.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.claimstream.support.TestEnvironment;

/**
 * A real WebSocket client of {@code /api/stream} for tests (Reactor Netty): sends frames,
 * records every frame it receives and the close status the server sent.
 */
final class StreamClient implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Sinks.Many<String> outgoing = Sinks.many().unicast().onBackpressureBuffer();

	private final Sinks.Many<JsonNode> received = Sinks.many().replay().all();

	private final Sinks.One<Integer> closeStatus = Sinks.one();

	private final Sinks.One<Boolean> connected = Sinks.one();

	private final Sinks.Empty<Void> ended = Sinks.empty();

	private final Disposable connection;

	private StreamClient(StreamTarget target, @Nullable String origin, @Nullable String token) {
		this.connection = client(target, origin, token).handle((in, out) -> {
			this.connected.tryEmitValue(true);
			in.receiveCloseStatus().map(WebSocketCloseStatus::code).subscribe(this.closeStatus::tryEmitValue);
			Mono<Void> receiving = in.aggregateFrames()
				.receive()
				.asString()
				.doOnNext((text) -> this.received.tryEmitNext(JSON.readTree(text)))
				.then()
				.doFinally((signal) -> this.ended.tryEmitEmpty());
			return Mono.when(out.sendString(this.outgoing.asFlux()).then(), receiving);
		}).doFinally((signal) -> this.received.tryEmitComplete()).subscribe();
	}

	/** The origin our pages are served from in tests: the only one allowed. */
	static String origin() {
		return TestEnvironment.origin();
	}

	/** Opens a socket as the holder of {@code token} and sends the resume frame. */
	static StreamClient resume(int port, String token, @Nullable String after) {
		return resume(StreamTarget.direct(port), token, after);
	}

	/**
	 * Opens a socket at {@code target} (through the proxy, say) and sends the resume
	 * frame.
	 */
	static StreamClient resume(StreamTarget target, String token, @Nullable String after) {
		StreamClient client = new StreamClient(target, origin(), token);
		client.send(JSON.createObjectNode().put("type", "resume").put("after", after).toString());
		return client;
	}

	/** Opens a socket as the holder of {@code token} without sending anything. */
	static StreamClient open(int port, String token) {
		return new StreamClient(StreamTarget.direct(port), origin(), token);
	}

	/** The HTTP status that answered the handshake (101 when it was accepted). */
	static int handshakeStatus(int port, @Nullable String origin, @Nullable String token) {
		return client(StreamTarget.direct(port), origin, token).handle((in, out) -> Mono.just(101))
			.next()
			.onErrorResume(WebSocketClientHandshakeException.class, (ex) -> Mono.just(ex.response().status().code()))
			.block(Duration.ofSeconds(10));
	}

	/** Waits for the server's 101. */
	StreamClient awaitConnected() {
		this.connected.asMono().block(Duration.ofSeconds(5));
		return this;
	}

	/**
	 * The status answering a WebSocket upgrade request that carries no {@code Origin}:
	 * sent as plain HTTP, since Netty's WebSocket client always adds one.
	 */
	static int handshakeStatusWithoutOrigin(int port, String token) {
		return HttpClient.create()
			.headers((headers) -> headers.set(HttpHeaderNames.UPGRADE, "websocket")
				.set(HttpHeaderNames.CONNECTION, "Upgrade")
				.set(HttpHeaderNames.SEC_WEBSOCKET_KEY, "dGhlIHNhbXBsZSBub25jZQ==")
				.set(HttpHeaderNames.SEC_WEBSOCKET_VERSION, "13")
				.set(HttpHeaderNames.COOKIE, "claimstream_session=" + token))
			.get()
			.uri("http://localhost:" + port + "/api/stream")
			.response()
			.map((response) -> response.status().code())
			.block(Duration.ofSeconds(10));
	}

	/** Sends one text message in continuation frames of {@code fragment} each. */
	static int closeStatusAfterFragmentedMessage(int port, String token, String fragment, int fragments) {
		return client(StreamTarget.direct(port), origin(), token).handle((in, out) -> {
			List<WebSocketFrame> frames = new ArrayList<>();
			frames.add(new TextWebSocketFrame(false, 0, fragment));
			for (int i = 1; i < fragments; i++) {
				frames.add(new ContinuationWebSocketFrame(i == fragments - 1, 0, fragment));
			}
			return out.sendObject(Flux.fromIterable(frames))
				.then()
				.thenMany(in.receiveCloseStatus().map(WebSocketCloseStatus::code));
		}).next().block(Duration.ofSeconds(10));
	}

	void send(String frame) {
		this.outgoing.tryEmitNext(frame);
	}

	/** Every frame received so far and from now on, as JSON. */
	Flux<JsonNode> frames() {
		return this.received.asFlux();
	}

	/** The next {@code count} event frames (heartbeats skipped). */
	List<JsonNode> events(int count, Duration timeout) {
		return frames().filter((frame) -> "event".equals(frame.path("type").asString()))
			.take(count)
			.collectList()
			.block(timeout);
	}

	/**
	 * Completes when the server side has gone, however it went (a dropped connection
	 * sends no close status).
	 */
	Mono<Void> ended() {
		return this.ended.asMono();
	}

	/** The close status code the server sent. */
	Mono<Integer> closeStatus() {
		return this.closeStatus.asMono();
	}

	@Override
	public void close() {
		this.connection.dispose();
	}

	/**
	 * Where a socket connects, and the session cookie's name there.
	 *
	 * @param http the client (TLS settings for the proxy)
	 * @param url the stream's {@code ws://} or {@code wss://} URL
	 * @param cookieName the plain name on plain-http localhost, the {@code __Host-} one
	 * behind TLS
	 */
	record StreamTarget(HttpClient http, String url, String cookieName) {

		static StreamTarget direct(int port) {
			return new StreamTarget(HttpClient.create(), "ws://localhost:" + port + "/api/stream",
					"claimstream_session");
		}

	}

	private static reactor.netty.http.client.WebsocketClientSpec.Builder spec() {
		return reactor.netty.http.client.WebsocketClientSpec.builder().maxFramePayloadLength(1 << 20);
	}

	private static HttpClient.WebsocketSender client(StreamTarget target, @Nullable String origin,
			@Nullable String token) {
		return target.http().headers((headers) -> {
			if (origin != null) {
				headers.set(HttpHeaderNames.ORIGIN, origin);
			}
			if (token != null) {
				headers.set(HttpHeaderNames.COOKIE, target.cookieName() + "=" + token);
			}
		}).websocket(spec().build()).uri(target.url());
	}

}
