package com.claimstream.stream;

import java.net.URI;
import java.security.Principal;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.WebsocketServerSpec;
import reactor.util.context.Context;

import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.reactive.socket.HandshakeInfo;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.adapter.ReactorNettyWebSocketSession;
import org.springframework.web.reactive.socket.server.RequestUpgradeStrategy;
import org.springframework.web.server.ServerWebExchange;

/**
 * The Reactor Netty upgrade of {@code /api/stream}, keeping for the socket's lifetime
 * only what it uses (docs/decisions/0023). Spring's own strategy hands the socket the
 * whole handshake: a copy of the request headers, its cookies, and a principal
 * {@code Mono} that reads Spring Security's cached context from the request's Reactor
 * context; and Reactor Netty subscribes the socket's handler with that context, which
 * holds the request's observations and that cached context, and through them the
 * exchange. Here the principal is resolved once at the handshake, the handshake info
 * keeps the stream's path and that principal only, the handler runs with an empty
 * context, and once the handshake is answered the headers of its request and response,
 * which Reactor Netty keeps with the connection, are emptied. The stream negotiates no
 * sub-protocol, so none is offered.
 */
final class LeanSocketUpgrade implements RequestUpgradeStrategy {

	private final URI path;

	private final WebsocketServerSpec spec;

	LeanSocketUpgrade(URI path, WebsocketServerSpec spec) {
		this.path = path;
		this.spec = spec;
	}

	@Override
	public Mono<Void> upgrade(ServerWebExchange exchange, WebSocketHandler handler, @Nullable String subProtocol,
			Supplier<HandshakeInfo> handshakeInfoFactory) {
		ServerHttpResponse response = exchange.getResponse();
		HttpServerResponse nettyResponse = ServerHttpResponseDecorator.getNativeResponse(response);
		NettyDataBufferFactory buffers = (NettyDataBufferFactory) response.bufferFactory();
		return exchange.<Principal>getPrincipal().singleOptional().flatMap((principal) -> {
			HandshakeInfo info = new HandshakeInfo(this.path, HttpHeaders.EMPTY, Mono.justOrEmpty(principal), null);
			return response.setComplete().then(Mono.defer(() -> nettyResponse.sendWebsocket((in, out) -> {
				// called once the handshake is answered: its headers are not read again
				in.headers().clear();
				nettyResponse.responseHeaders().clear();
				return handler.handle(
						new ReactorNettyWebSocketSession(in, out, info, buffers, this.spec.maxFramePayloadLength()));
			}, this.spec)
				// Reactor Netty subscribes the handler with the context of this Mono
				.contextWrite((context) -> Context.empty())));
		});
	}

}
