package com.claimstream.audit;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;

import com.claimstream.common.BodyLimits;

/**
 * A PHI change's request body, read whole before the change's transaction begins: a
 * transaction never waits on the network (a phone sending a 10 MB card over a slow link
 * would otherwise hold it open and idle past PostgreSQL's idle-in-transaction limit, and
 * the upload would fail). A body announced larger than {@link BodyLimits#MAX_BODY_BYTES}
 * is not read here (the handler refuses it from its header); one found larger while
 * arriving reaches the handler as the limit error it refuses with 413.
 */
final class ArrivedBody {

	private ArrivedBody() {
	}

	static Mono<ServerWebExchange> awaited(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		if (request.getHeaders().getContentLength() > BodyLimits.MAX_BODY_BYTES) {
			return Mono.just(exchange);
		}
		return DataBufferUtils.join(request.getBody(), BodyLimits.MAX_BODY_BYTES)
			.map((joined) -> Flux.just(onHeap(joined)))
			.onErrorResume(DataBufferLimitException.class, (ex) -> Mono.just(Flux.error(ex)))
			.defaultIfEmpty(Flux.empty())
			.map((body) -> exchange.mutate().request(new ServerHttpRequestDecorator(request) {

				@Override
				public Flux<DataBuffer> getBody() {
					return body;
				}

			}).build());
	}

	/**
	 * A copy on the heap, the pooled buffer released: the handler may never read the body
	 * (a 404 or 403 answered first).
	 */
	private static DataBuffer onHeap(DataBuffer joined) {
		byte[] bytes = new byte[joined.readableByteCount()];
		joined.read(bytes);
		DataBufferUtils.release(joined);
		return DefaultDataBufferFactory.sharedInstance.wrap(bytes);
	}

}
