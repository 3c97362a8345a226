package com.claimstream.stream;

import java.nio.channels.ClosedChannelException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import io.netty.handler.codec.TooLongFrameException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.channel.AbortedException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketSession;

import com.claimstream.security.CurrentPrincipal;

/**
 * One socket of {@code /api/stream}: waits for the client's resume frame, then sends
 * replay, live events and heartbeats until the client leaves or the server ends it.
 * Inbound and outbound are independent: whichever finishes first ends the socket and
 * cancels the other (never {@code Mono.zip}, see Spring Framework issue #35572), and the
 * fan-out subscriber is removed however the socket ends.
 */
@Component
class StreamSocketHandler {

	private static final Log logger = LogFactory.getLog(StreamSocketHandler.class);

	private static final Duration RESUME_TIMEOUT = Duration.ofSeconds(10);

	private final StreamOutbound outbound;

	private final StreamSettings settings;

	private final JsonMapper json;

	private final Clock clock;

	StreamSocketHandler(StreamOutbound outbound, StreamSettings settings, JsonMapper json, Clock clock) {
		this.outbound = outbound;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Serves one upgraded socket of {@code principal}, as authenticated at the handshake;
	 * its live events are drained on {@code delivery}, the socket's event loop.
	 */
	Mono<Void> handle(WebSocketSession session, CurrentPrincipal principal, Executor delivery) {
		Sinks.One<ClientFrames.Frame.Resume> resumed = Sinks.one();
		Mono<Void> sending = resumed.asMono()
			.timeout(RESUME_TIMEOUT)
			.flatMap((resume) -> this.outbound.send(session, principal, resume.after(), delivery))
			.onErrorResume((ex) -> closeAfterFailure(session, ex));
		return Mono.firstWithSignal(receive(session, resumed), sending);
	}

	/**
	 * Completes when the client closes (or the server closed it after a violation). A
	 * message too large even for Netty's buffer fails aggregation: also 1009, though
	 * Reactor Netty may close first (StreamConfiguration#upgrades).
	 */
	private Mono<Void> receive(WebSocketSession session, Sinks.One<ClientFrames.Frame.Resume> resumed) {
		ClientFrames frames = new ClientFrames(this.settings, this.json, this.clock);
		AtomicReference<CloseStatus> violated = new AtomicReference<>();
		return session.receive().concatMap((message) -> {
			if (violated.get() != null) {
				return Mono.empty();
			}
			ClientFrames.Frame frame = frames.read(message);
			if (frame instanceof ClientFrames.Frame.Violation violation) {
				violated.set(violation.status());
				return session.close(violation.status());
			}
			if (frame instanceof ClientFrames.Frame.Resume resume) {
				resumed.tryEmitValue(resume);
			}
			return Mono.empty();
		}, 0).then().onErrorResume(TooLongFrameException.class, (ex) -> session.close(CloseStatus.TOO_BIG_TO_PROCESS));
	}

	private static Mono<Void> closeAfterFailure(WebSocketSession session, Throwable ex) {
		if (ex instanceof TimeoutException) {
			return session.close(CloseStatus.POLICY_VIOLATION.withReason("Expected a resume frame"));
		}
		if (clientWentAway(ex)) {
			// the client closed or dropped the connection first: nothing to close or
			// report
			logger.debug("Stream socket closed by the client: " + ex);
			return Mono.empty();
		}
		logger.warn("Stream socket failed: " + ex.getMessage());
		return session.close(CloseStatus.SERVER_ERROR);
	}

	private static boolean clientWentAway(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ClosedChannelException || AbortedException.isConnectionReset(cause)) {
				return true;
			}
		}
		return false;
	}

}
