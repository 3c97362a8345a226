package com.claimstream.audit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The CSV export of audit rows (RFC 4180): every cell quoted, and a cell that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage
 * return: a user agent is the requester's free text) is prefixed with an apostrophe.
 */
final class AuditCsv {

	static final String HEADER = row(Stream.of("occurred_at", "event", "action", "resource", "actor_id", "actor_role",
			"client_ids", "query_filters", "outcome", "status", "method", "route", "ip", "user_agent", "request_id"));

	private AuditCsv() {
	}

	static String line(AuditRecord record) {
		return row(Stream.of(record.occurredAt(), record.event(), record.action(), record.resource(), record.actorId(),
				record.actorRole(), record.clientIds().stream().map(Object::toString).collect(Collectors.joining(" ")),
				record.queryFilters(), record.outcome(), record.status(), record.method(), record.route(), record.ip(),
				record.userAgent(), record.requestId()));
	}

	static String cell(@Nullable Object value) {
		String text = Objects.toString(value, "");
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private static String row(Stream<?> cells) {
		List<String> quoted = cells.map(AuditCsv::cell).toList();
		return String.join(",", quoted) + "\r\n";
	}

}
