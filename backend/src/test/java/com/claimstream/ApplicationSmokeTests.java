package com.claimstream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;

@ApiTest
class ApplicationSmokeTests {

	@Autowired
	WebTestClient http;

	@Test
	void servesTheSinglePageAppForPortalRoutes() {
		this.http.get()
			.uri("/portal/invite")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value((html) -> org.assertj.core.api.Assertions.assertThat(html).contains("<div id=\"root\">"));
	}

	@Test
	void unknownApiPathIsAProblemNotFound() {
		this.http.get()
			.uri("/api/no-such-thing")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found");
	}

}
