package com.claimstream.stream;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.security.Role;
import com.claimstream.support.ApiTest;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.awaitility.Awaitility.await;

/**
 * TEN-07: a demotion or deactivation made through one instance counts on the member's
 * very next request to the other instance, and closes their sockets there.
 */
@ApiTest
class TeamChangesAcrossInstancesTests {

	private static final String SESSION_COOKIE = "claimstream_session";

	@Autowired
	Environment environment;

	@Autowired
	WebTestClient http;

	@Test
	void aDemotionAndADeactivationThroughOneInstanceCountOnTheNextRequestToTheOther() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn demoted = Practices.addMember(admin, Role.PRACTICE_ADMIN);
		SignedIn deactivated = Practices.addMember(admin, Role.CLINICIAN);
		try (ConfigurableApplicationContext instanceB = SecondInstance.start(this.environment)) {
			int portB = SecondInstance.port(instanceB);
			WebTestClient httpB = WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + portB)
				.responseTimeout(Duration.ofSeconds(30))
				.build();
			EventHub hubB = instanceB.getBean(EventHub.class);
			try (StreamClient demotedSocket = StreamClient.resume(portB, token(demoted), null);
					StreamClient deactivatedSocket = StreamClient.resume(portB, token(deactivated), null)) {
				await().atMost(Duration.ofSeconds(5)).until(() -> hubB.subscribers().size() == 2);
				get(httpB, demoted, "/api/practice/team").expectStatus().isOk();
				get(httpB, deactivated, "/api/clients").expectStatus().isOk();

				admin.browser()
					.put("/api/practice/team/members/" + demoted.accountId() + "/role", Map.of("role", Role.STAFF))
					.expectStatus()
					.isOk();
				get(httpB, demoted, "/api/practice/team").expectStatus().isUnauthorized();
				StepVerifier.create(demotedSocket.closeStatus())
					.expectNext(1008)
					.expectComplete()
					.verify(Duration.ofSeconds(3));
				Practices.signIn(httpB, demoted.email()).get("/api/practice/team").expectStatus().isForbidden();

				admin.browser()
					.post("/api/practice/team/members/" + deactivated.accountId() + "/deactivate")
					.expectStatus()
					.isOk();
				get(httpB, deactivated, "/api/clients").expectStatus().isUnauthorized();
				StepVerifier.create(deactivatedSocket.closeStatus())
					.expectNext(1008)
					.expectComplete()
					.verify(Duration.ofSeconds(3));
			}
		}
	}

	private static String token(SignedIn member) {
		return member.browser().cookie(SESSION_COOKIE);
	}

	private static WebTestClient.ResponseSpec get(WebTestClient http, SignedIn member, String uri) {
		return http.get().uri(uri).cookie(SESSION_COOKIE, token(member)).exchange();
	}

}
