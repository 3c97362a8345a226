package com.claimstream.audit;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;

/**
 * Holds a handler's answer (status, headers and body) back from the client until its
 * audit row is written, so that no byte of protected health information leaves without
 * its row (fail closed, AUD-04). Status and headers go to the real response, which stays
 * uncommitted until {@link #release()}.
 */
final class CapturedResponse extends ServerHttpResponseDecorator {

	private @Nullable DataBuffer body;

	CapturedResponse(ServerHttpResponse delegate) {
		super(delegate);
	}

	@Override
	public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
		// not then(): it would discard the buffer, which the encoder's discard hook
		// releases
		return DataBufferUtils.join(body).flatMap((joined) -> {
			this.body = joined;
			return Mono.<Void>empty();
		});
	}

	@Override
	public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
		return writeWith(Flux.from(body).concatMap(Flux::from));
	}

	@Override
	public Mono<Void> setComplete() {
		return Mono.empty();
	}

	int status() {
		return (getStatusCode() != null) ? getStatusCode().value() : 200;
	}

	/** The answer's text, for the ids an audited route takes from it. */
	String bodyText() {
		return (this.body != null) ? this.body.toString(StandardCharsets.UTF_8) : "";
	}

	/** Sends the held answer. */
	Mono<Void> release() {
		DataBuffer held = this.body;
		this.body = null;
		return (held != null) ? getDelegate().writeWith(Mono.just(held)) : getDelegate().setComplete();
	}

	/** Drops the held answer: the request answers a problem instead. */
	void discard() {
		if (this.body != null) {
			DataBufferUtils.release(this.body);
			this.body = null;
		}
	}

}
