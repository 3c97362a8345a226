package com.claimstream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

/**
 * Serves the SPA's {@code index.html} for its client-side routes (the clinician portal
 * under {@code /app}, the client portal under {@code /portal}, sign-in and invitations).
 */
@Configuration(proxyBeanMethods = false)
class SinglePageAppRoutes {

	private static final ClassPathResource INDEX = new ClassPathResource("static/index.html");

	@Bean
	RouterFunction<ServerResponse> singlePageAppIndex() {
		return RouterFunctions.route(
				GET("/").or(GET("/app"))
					.or(GET("/app/**"))
					.or(GET("/portal"))
					.or(GET("/portal/**"))
					.or(GET("/invite"))
					.or(GET("/dev/mailbox")),
				(request) -> ServerResponse.ok()
					.contentType(MediaType.TEXT_HTML)
					.cacheControl(CacheControl.noStore())
					.bodyValue(INDEX));
	}

}
