package com.claimstream.stream;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The server's frames of the {@code /api/stream} protocol (docs/api.md, "Live stream").
 * An event is encoded here once, however many sockets it goes to.
 */
@Component
class StreamFrames {

	static final byte[] HEARTBEAT = ascii("{\"type\":\"heartbeat\"}");

	static final byte[] RESET = ascii("{\"type\":\"reset\"}");

	private final JsonMapper json;

	StreamFrames(JsonMapper json) {
		this.json = json;
	}

	StreamEvent event(Cursor cursor, UUID eventId, List<Visibility.Key> audience, String kind, Instant occurredAt,
			String subjectType, UUID subjectId, String data) {
		JsonNode dataNode = this.json.readTree(data);
		Frame frame = new Frame("event", cursor.toString(),
				new Body(eventId, kind, occurredAt.toString(), new Subject(subjectType, subjectId), dataNode));
		return new StreamEvent(cursor, audience, occurredAt, this.json.writeValueAsBytes(frame));
	}

	private static byte[] ascii(String frame) {
		return frame.getBytes(StandardCharsets.US_ASCII);
	}

	record Frame(String type, String cursor, Body event) {
	}

	record Body(UUID id, String kind, String occurredAt, Subject subject, JsonNode data) {
	}

	record Subject(String type, UUID id) {
	}

}
