package com.claimstream.common;

import java.util.List;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Turns every exception that reaches the web layer into an RFC 9457 body with a stable
 * {@code type}: validation errors with field-level {@code errors[]}, domain facts by
 * their {@link Problem}, and anything unexpected as a 500 without internals.
 */
@Component
@Order(-2)
class ProblemResponses implements WebExceptionHandler {

	private static final Log logger = LogFactory.getLog(ProblemResponses.class);

	private final ProblemWriter writer;

	ProblemResponses(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		return this.writer.write(exchange, toProblem(ex, exchange));
	}

	private ProblemDetail toProblem(Throwable ex, ServerWebExchange exchange) {
		if (ex instanceof ProblemException problem) {
			return ProblemDetails.of(problem);
		}
		if (ex instanceof WebExchangeBindException invalid) {
			return ProblemDetails.of(ProblemException.invalid(fieldErrors(invalid)));
		}
		if (ex instanceof UnsupportedMediaTypeStatusException) {
			return ProblemDetails.of(Problem.UNSUPPORTED_MEDIA_TYPE, "This endpoint accepts application/json only");
		}
		if (ex instanceof ServerWebInputException input) {
			return ProblemDetails.of(Problem.MALFORMED_REQUEST, malformedDetail(input));
		}
		if (ex instanceof MethodNotAllowedException) {
			return ProblemDetails.of(Problem.METHOD_NOT_ALLOWED, "This method is not supported here");
		}
		if (ex instanceof ResponseStatusException status && status.getStatusCode().value() == 404) {
			return ProblemDetails.of(Problem.NOT_FOUND, "Not found");
		}
		if (ex instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()) {
			ProblemDetail body = ProblemDetail.forStatus(status.getStatusCode());
			body.setDetail(HttpStatus.valueOf(status.getStatusCode().value()).getReasonPhrase());
			return body;
		}
		if (isDatabaseUnavailable(ex)) {
			logger.warn("Database unavailable for " + exchange.getRequest().getPath() + ": " + ex.getMessage());
			return ProblemDetails.of(Problem.SERVICE_UNAVAILABLE, "Please try again in a moment");
		}
		logger.error(
				"Unexpected error for " + exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath(),
				ex);
		return ProblemDetails.of(Problem.INTERNAL_ERROR, "We could not complete this request");
	}

	private static List<FieldError> fieldErrors(WebExchangeBindException invalid) {
		return invalid.getFieldErrors()
			.stream()
			.map((error) -> new FieldError(error.getField(),
					(error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid"))
			.toList();
	}

	private static String malformedDetail(ServerWebInputException input) {
		return (input.getMethodParameter() != null && input.getReason() != null && !input.getReason().contains("body"))
				? input.getReason() : "The request body is not valid JSON";
	}

	private static boolean isDatabaseUnavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof R2dbcNonTransientResourceException
					|| cause instanceof R2dbcTransientResourceException) {
				return true;
			}
		}
		return false;
	}

}
