package com.claimstream.security;

import java.net.InetSocketAddress;
import java.util.List;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.util.matcher.InetAddressMatcher;
import org.springframework.security.util.matcher.InetAddressMatchers;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

/**
 * Applies {@code Forwarded}/{@code X-Forwarded-*} only to requests whose TCP peer is one
 * of the trusted proxies ({@code claimstream.trusted-proxies}): then the request carries
 * the browser's scheme, host and address, so the session cookie stays {@code Secure} and
 * HSTS is sent behind a TLS-terminating nginx (RELIABILITY finding 4). From anyone else
 * the headers are removed unread, so a client cannot claim HTTPS or another address.
 * Spring picks this bean up by its name, {@code forwardedHeaderTransformer}.
 */
final class TrustedProxyHeaders extends ForwardedHeaderTransformer {

	private final InetAddressMatcher proxies;

	private final ForwardedHeaderTransformer stripper = new ForwardedHeaderTransformer();

	TrustedProxyHeaders(List<String> proxies) {
		this.proxies = InetAddressMatchers.builder().includeAddresses(proxies).build();
		this.stripper.setRemoveOnly(true);
	}

	@Override
	public ServerHttpRequest apply(ServerHttpRequest request) {
		return fromTrustedProxy(request) ? super.apply(request) : this.stripper.apply(request);
	}

	private boolean fromTrustedProxy(ServerHttpRequest request) {
		InetSocketAddress peer = request.getRemoteAddress();
		return peer != null && peer.getAddress() != null && this.proxies.matches(peer.getAddress());
	}

}
