package com.claimstream.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TEN-02 on the stream: while practice B works on its clients, practice A's open socket
 * carries nothing of B's; only A's own change arrives.
 */
@ApiTest
class StreamTenancyTests {

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient http;

	@Test
	void aPracticesSocketCarriesNoFrameOfAnotherPractice() {
		SignedIn a = Practices.signUp(this.http);
		SignedIn b = Practices.signUp(this.http);
		try (StreamClient stream = StreamClient.resume(this.port, a.browser().cookie("claimstream_session"), null)
			.awaitConnected()) {
			UUID bClient = Practices.addClient(b.browser(), Practices.uniqueEmail("b-stream"));
			b.browser().put("/api/clients/{id}/pin", Map.of(), bClient).expectStatus().isNoContent();
			b.browser().post("/api/clients/{id}/invitation/revoke", Map.of(), bClient).expectStatus().isOk();
			UUID aClient = Practices.addClient(a.browser(), Practices.uniqueEmail("a-stream"));
			List<JsonNode> events = stream.events(1, Duration.ofSeconds(10));
			assertThat(events).hasSize(1);
			assertThat(events.get(0).toString()).contains(aClient.toString());
			// A's change came after all of B's, so by now every frame of B's would be
			// here
			assertThat(stream.frames().take(Duration.ofMillis(200)).collectList().block())
				.allSatisfy((frame) -> assertThat(frame.toString()).doesNotContain(bClient.toString())
					.doesNotContain(b.practiceId().toString())
					.doesNotContain(b.accountId().toString()));
		}
	}

}
