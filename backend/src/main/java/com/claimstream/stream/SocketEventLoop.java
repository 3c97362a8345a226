package com.claimstream.stream;

import java.util.concurrent.Executor;

import reactor.netty.Connection;

import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.server.ServerWebExchange;

/**
 * The event loop of a socket's channel, where its writes run anyway: the handshake puts
 * it in the one exchange attribute copied to the session, and fan-out drains the socket's
 * buffer there (docs/decisions/0014). Anything but Reactor Netty delivers on the caller.
 */
final class SocketEventLoop {

	static final String ATTRIBUTE = SocketEventLoop.class.getName();

	private SocketEventLoop() {
	}

	static void remember(ServerWebExchange exchange) {
		if (ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest()) instanceof Connection connection) {
			exchange.getAttributes().put(ATTRIBUTE, connection.channel().eventLoop());
		}
	}

	static Executor of(WebSocketSession session) {
		return (session.getAttributes().get(ATTRIBUTE) instanceof Executor loop) ? loop : Runnable::run;
	}

}
