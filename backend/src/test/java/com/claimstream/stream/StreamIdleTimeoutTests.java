package com.claimstream.stream;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.MovableClock;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SES-03 with a socket open: the events pushed to a tab are not the user's activity, so a
 * tab left open on the stream still times out 30 minutes after its last request.
 */
@ApiTest
class StreamIdleTimeoutTests {

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient http;

	@Autowired
	MovableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void pushedEventsDoNotKeepAnIdleSessionAlive() {
		SignedIn admin = Practices.signUp(this.http);
		Browser colleague = Practices.signIn(this.http, admin.email());
		try (StreamClient stream = StreamClient.resume(this.port, admin.browser().cookie("claimstream_session"), null)
			.awaitConnected()) {
			for (int pushed = 1; pushed <= 3; pushed++) {
				this.clock.advance(Duration.ofMinutes(10));
				Practices.addClient(colleague, Practices.uniqueEmail("pushed"));
				// the client keeps every frame, so the n-th push is the n-th event
				List<JsonNode> events = stream.events(pushed, Duration.ofSeconds(10));
				assertThat(events).as("events pushed by minute %d", pushed * 10).hasSize(pushed);
			}
			this.clock.advance(Duration.ofSeconds(1));
			admin.browser().get("/api/clients").expectStatus().isUnauthorized();
			colleague.get("/api/clients").expectStatus().isOk();
		}
	}

}
