package com.claimstream.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import com.claimstream.common.FieldError;
import com.claimstream.common.ProblemException;
import com.claimstream.security.CurrentPrincipal;

/** The administrators' review of their practice's audit log, and its CSV export. */
@RestController
class AuditController {

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/api/practice/audit")
	Mono<AuditLog.AuditPage> review(@AuthenticationPrincipal CurrentPrincipal principal,
			@RequestParam(required = false) @Nullable String clientId,
			@RequestParam(required = false) @Nullable String actorId,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") int page) {
		return Mono.fromCallable(() -> filter(clientId, actorId, action, from, to, page))
			.flatMap((filter) -> this.log.review(principal, filter, page));
	}

	@GetMapping(path = "/api/practice/audit/export", produces = "text/csv")
	Flux<String> export(@AuthenticationPrincipal CurrentPrincipal principal,
			@RequestParam(required = false) @Nullable String clientId,
			@RequestParam(required = false) @Nullable String actorId,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			ServerWebExchange exchange) {
		exchange.getResponse()
			.getHeaders()
			.set(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"claimstream-audit-log.csv\"");
		return Mono.fromCallable(() -> filter(clientId, actorId, action, from, to, 0))
			.flatMapMany((filter) -> Flux.concat(Flux.just(AuditCsv.HEADER),
					this.log.export(principal, filter).map(AuditCsv::line)));
	}

	private static AuditFilter filter(@Nullable String clientId, @Nullable String actorId, @Nullable String action,
			@Nullable String from, @Nullable String to, int page) {
		List<FieldError> errors = new ArrayList<>();
		AuditFilter filter = new AuditFilter(parse(errors, "clientId", clientId, UUID::fromString, "a client id"),
				parse(errors, "actorId", actorId, UUID::fromString, "a member id"),
				parse(errors, "action", action, AuditAction::valueOf, "one of C, R, U, D, E"),
				parse(errors, "from", from, (text) -> instant(text, false), "a date (YYYY-MM-DD) or an instant"),
				parse(errors, "to", to, (text) -> instant(text, true), "a date (YYYY-MM-DD) or an instant"));
		if (page < 0 || page > 100_000) {
			errors.add(new FieldError("page", "Pages start at 0"));
		}
		if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
			errors.add(new FieldError("to", "Must not be before from"));
		}
		if (!errors.isEmpty()) {
			throw ProblemException.invalid(errors);
		}
		return filter;
	}

	/** A date means its whole day (UTC): {@code to} then ends at the next midnight. */
	private static Instant instant(String text, boolean end) {
		if (text.length() == 10) {
			LocalDate day = LocalDate.parse(text);
			return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		return Instant.parse(text);
	}

	private static <T> @Nullable T parse(List<FieldError> errors, String field, @Nullable String value,
			Function<String, T> parser, String expected) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parser.apply(value.strip());
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			errors.add(new FieldError(field, "Expected " + expected));
			return null;
		}
	}

}
