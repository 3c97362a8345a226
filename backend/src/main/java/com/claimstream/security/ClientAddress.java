package com.claimstream.security;

import java.net.InetSocketAddress;

import org.springframework.web.server.ServerWebExchange;

/**
 * The address a request came from, for rate limits and sign-in history. Behind a trusted
 * proxy this is the browser's address from {@code X-Forwarded-For}
 * ({@link TrustedProxyHeaders}); from anyone else, the TCP peer.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String of(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		if (remote == null) {
			return "unknown";
		}
		// a forwarded address is left unresolved: its text is the browser's address
		return (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
	}

}
