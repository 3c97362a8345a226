package com.claimstream.common;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes a problem body as {@code application/problem+json} outside of a controller
 * (security entry points, filters, the last-resort exception handler).
 */
@Component
public class ProblemWriter {

	private final ServerResponse.Context context;

	ProblemWriter(ServerCodecConfigurer codecs) {
		this.context = new ServerResponse.Context() {

			@Override
			public List<HttpMessageWriter<?>> messageWriters() {
				return codecs.getWriters();
			}

			@Override
			public List<ViewResolver> viewResolvers() {
				return List.of();
			}

		};
	}

	public Mono<Void> write(ServerWebExchange exchange, ProblemDetail body) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.empty();
		}
		exchange.getResponse().getHeaders().remove("Content-Type");
		Object retryAfter = (body.getProperties() != null) ? body.getProperties().get("retryAfterSeconds") : null;
		return ServerResponse.status(body.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header("Cache-Control", "no-store")
			.headers((headers) -> {
				if (retryAfter != null) {
					headers.set("Retry-After", retryAfter.toString());
				}
				if (body.getStatus() == HttpStatus.CONTENT_TOO_LARGE.value()) {
					// the rest of an oversized body is not read: the connection ends here
					// (UPL-01)
					headers.set(HttpHeaders.CONNECTION, "close");
				}
			})
			.bodyValue(body)
			.flatMap((response) -> response.writeTo(exchange, this.context));
	}

}
