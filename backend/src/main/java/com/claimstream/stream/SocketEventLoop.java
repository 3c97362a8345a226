package com.claimstream.stream;

import java.util.concurrent.Executor;

import reactor.netty.Connection;

import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;

/**
 * The event loop of a socket's channel, where its writes run anyway: fan-out drains the
 * socket's buffer there (docs/decisions/0014). Anything but Reactor Netty delivers on the
 * caller.
 */
final class SocketEventLoop {

	private SocketEventLoop() {
	}

	static Executor of(ServerWebExchange exchange) {
		return (ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest()) instanceof Connection connection)
				? connection.channel().eventLoop() : Runnable::run;
	}

}
