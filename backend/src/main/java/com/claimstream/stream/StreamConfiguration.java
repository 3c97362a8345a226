package com.claimstream.stream;

import java.net.URI;
import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.netty.http.server.WebsocketServerSpec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;

import com.claimstream.common.PeriodicTask;

/**
 * Maps {@code /api/stream} to its handshake, ahead of the annotated controllers and the
 * SPA routes, and schedules the stream's periodic tasks.
 */
@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

	/**
	 * How many times the client frame limit Netty buffers before refusing a message
	 * itself.
	 */
	static final int NETTY_FRAME_LIMIT_FACTOR = 16;

	/** Where the stream is served. */
	static final URI PATH = URI.create("/api/stream");

	@Bean
	SimpleUrlHandlerMapping streamHandlerMapping(StreamEndpoint endpoint) {
		return new SimpleUrlHandlerMapping(Map.of(PATH.getPath(), endpoint), Ordered.HIGHEST_PRECEDENCE);
	}

	@Bean
	PeriodicTask streamSessionSweep(SessionSweep sweep, StreamSettings settings) {
		return new PeriodicTask("Stream session sweep", settings.sessionSweep(), sweep::sweep);
	}

	@Bean
	PeriodicTask streamHeartbeat(EventHub hub, StreamSettings settings) {
		return new PeriodicTask("Stream heartbeat", settings.heartbeat().dividedBy(EventHub.HEARTBEAT_SLICES),
				() -> Mono.fromRunnable(hub::heartbeat));
	}

	@Bean
	PeriodicTask streamReaderWatchdog(EventReader reader, StreamSettings settings) {
		return new PeriodicTask("Stream reader watchdog", settings.stallTimeout().dividedBy(3), reader::watch);
	}

	@Bean
	PeriodicTask streamTransactionAgeProbe(OpenTransactionGauge gauge, StreamSettings settings) {
		return new PeriodicTask("Open transaction probe", settings.transactionAgeProbe(), gauge::measure);
	}

	/**
	 * Netty buffers a client message (a frame, or the fragments Spring aggregates) up to
	 * {@link #NETTY_FRAME_LIMIT_FACTOR} times the limit; {@code ClientFrames} refuses
	 * anything over the limit itself and closes with 1009 in order. At Netty's own limit
	 * the aggregator fails the inbound, and Reactor Netty's empty close frame (1005)
	 * races ours: seen once in a full run.
	 */
	static WebSocketService upgrades(StreamSettings settings) {
		return new HandshakeWebSocketService(new LeanSocketUpgrade(PATH,
				WebsocketServerSpec.builder()
					.maxFramePayloadLength(settings.maxFrameBytes() * NETTY_FRAME_LIMIT_FACTOR)
					.build()));
	}

}
