package com.claimstream.stream;

import java.time.Clock;

import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketMessage;

/**
 * Reads what one client sends: its first frame must be
 * {@code {"type":"resume","after":<cursor>|null}}; frames over the size limit close the
 * socket with 1009, more than the allowed frames per second (or anything that is not a
 * resume first) with 1008. Later frames are counted and otherwise ignored.
 */
final class ClientFrames {

	/** What one client frame means. */
	sealed interface Frame {

		/** The client's resume request; {@code after} is still unparsed. */
		record Resume(@Nullable String after) implements Frame {
		}

		record Ignored() implements Frame {
		}

		record Violation(CloseStatus status) implements Frame {
		}

	}

	private final StreamSettings settings;

	private final JsonMapper json;

	private final Clock clock;

	private long windowStart;

	private int framesInWindow;

	private boolean resumed;

	/** The fragments received so far of a message that is not complete yet. */
	private final StringBuilder partial = new StringBuilder();

	private int partialBytes;

	ClientFrames(StreamSettings settings, JsonMapper json, Clock clock) {
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Reads one frame. The fragments of a fragmented message are gathered first, so the
	 * size limit applies to the whole message and a first fragment is never read as a
	 * message.
	 */
	Frame read(WebSocketMessage message) {
		this.partialBytes += message.getPayload().readableByteCount();
		if (this.partialBytes > this.settings.maxFrameBytes()) {
			return new Frame.Violation(CloseStatus.TOO_BIG_TO_PROCESS);
		}
		this.partial.append(message.getPayloadAsText());
		if (!isFinalFragment(message)) {
			return new Frame.Ignored();
		}
		String text = this.partial.toString();
		this.partial.setLength(0);
		this.partialBytes = 0;
		if (tooFast()) {
			return new Frame.Violation(CloseStatus.POLICY_VIOLATION.withReason("Too many frames"));
		}
		if (this.resumed) {
			return new Frame.Ignored();
		}
		this.resumed = true;
		return resume(text);
	}

	private static boolean isFinalFragment(WebSocketMessage message) {
		return !(message.getNativeMessage() instanceof WebSocketFrame frame) || frame.isFinalFragment();
	}

	private boolean tooFast() {
		long now = this.clock.millis();
		if (now - this.windowStart >= 1000) {
			this.windowStart = now;
			this.framesInWindow = 0;
		}
		return ++this.framesInWindow > this.settings.maxFramesPerSecond();
	}

	private Frame resume(String text) {
		try {
			JsonNode frame = this.json.readTree(text);
			JsonNode after = frame.path("after");
			if (!"resume".equals(frame.path("type").asString(null))
					|| !(after.isMissingNode() || after.isNull() || after.isString())) {
				return new Frame.Violation(CloseStatus.POLICY_VIOLATION.withReason("Expected a resume frame"));
			}
			return new Frame.Resume(after.isString() ? after.asString() : null);
		}
		catch (JacksonException ex) {
			return new Frame.Violation(CloseStatus.POLICY_VIOLATION.withReason("Expected a resume frame"));
		}
	}

}
