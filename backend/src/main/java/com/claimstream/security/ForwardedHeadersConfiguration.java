package com.claimstream.security;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

/**
 * Forwarded headers are trusted from the proxy only (ARCHITECTURE 5,
 * docs/decisions/0013); {@code server.forward-headers-strategy} stays {@code none} so
 * that no other component trusts them from everyone.
 */
@Configuration(proxyBeanMethods = false)
class ForwardedHeadersConfiguration {

	@Bean
	ForwardedHeaderTransformer forwardedHeaderTransformer(
			@Value("${claimstream.trusted-proxies}") List<String> trustedProxies) {
		return new TrustedProxyHeaders(trustedProxies.stream().map(String::trim).filter((s) -> !s.isEmpty()).toList());
	}

}
