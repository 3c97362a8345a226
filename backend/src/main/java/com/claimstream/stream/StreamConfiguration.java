package com.claimstream.stream;

import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.netty.http.server.WebsocketServerSpec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.reactive.socket.server.upgrade.ReactorNettyRequestUpgradeStrategy;

import com.claimstream.common.PeriodicTask;

/**
 * Maps {@code /api/stream} to its handshake, ahead of the annotated controllers and the
 * SPA routes, and schedules the stream's periodic tasks.
 */
@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

	@Bean
	SimpleUrlHandlerMapping streamHandlerMapping(StreamEndpoint endpoint) {
		return new SimpleUrlHandlerMapping(Map.of("/api/stream", endpoint), Ordered.HIGHEST_PRECEDENCE);
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
	 * Netty itself refuses client frames over the limit (close 1009) before they are
	 * buffered.
	 */
	static WebSocketService upgrades(StreamSettings settings) {
		return new HandshakeWebSocketService(new ReactorNettyRequestUpgradeStrategy(
				() -> WebsocketServerSpec.builder().maxFramePayloadLength(settings.maxFrameBytes())));
	}

}
