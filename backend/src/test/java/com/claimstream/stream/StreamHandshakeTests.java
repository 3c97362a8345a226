package com.claimstream.stream;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.security.Role;
import com.claimstream.security.SessionService;
import com.claimstream.security.StartedSession;
import com.claimstream.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ApiTest
class StreamHandshakeTests {

	@LocalServerPort
	int port;

	@Autowired
	DatabaseClient database;

	@Autowired
	SessionService sessions;

	@Autowired
	EventLog log;

	@Autowired
	EventHub hub;

	@Autowired
	TransactionalOperator transactions;

	StreamAccounts accounts;

	Writers writers;

	@BeforeEach
	void setUp() {
		this.accounts = new StreamAccounts(this.database, this.sessions);
		this.writers = new Writers(this.log, this.transactions);
	}

	@Test
	void handshakeWithoutASessionIsRefusedWith401() {
		assertThat(StreamClient.handshakeStatus(this.port, StreamClient.origin(), null)).isEqualTo(401);
		assertThat(StreamClient.handshakeStatus(this.port, StreamClient.origin(), "not-a-session")).isEqualTo(401);
	}

	@Test
	void handshakeWithAnEndedSessionIsRefusedWith401() {
		StartedSession staff = this.accounts.member(this.accounts.practice(), Role.STAFF);
		this.sessions.end(staff.principal().sessionId()).block();
		assertThat(StreamClient.handshakeStatus(this.port, StreamClient.origin(), staff.token())).isEqualTo(401);
	}

	@Test
	void handshakeFromAnotherOriginIsRefusedWith403() {
		String token = this.accounts.member(this.accounts.practice(), Role.STAFF).token();
		assertThat(StreamClient.handshakeStatus(this.port, "https://attacker.example", token)).isEqualTo(403);
		String siblingSubdomain = StreamClient.origin().replace("localhost", "evil.localhost");
		assertThat(StreamClient.handshakeStatus(this.port, siblingSubdomain, token)).isEqualTo(403);
		assertThat(StreamClient.handshakeStatus(this.port, "http://localhost:1", token)).isEqualTo(403);
		assertThat(StreamClient.handshakeStatusWithoutOrigin(this.port, token)).isEqualTo(403);
		assertThat(StreamClient.handshakeStatus(this.port, StreamClient.origin(), token)).isEqualTo(101);
	}

	@Test
	void practiceMemberReceivesTheirPracticesEventsAndNoOtherPracticesEvents() {
		UUID practiceId = this.accounts.practice();
		UUID otherPracticeId = this.accounts.practice();
		StartedSession staff = this.accounts.member(practiceId, Role.STAFF);
		try (StreamClient socket = StreamClient.resume(this.port, staff.token(), null)) {
			awaitSubscribed(staff);
			NewEvent ours = Writers.practiceEvent(practiceId);
			this.writers.commit(List.of(Writers.practiceEvent(otherPracticeId), ours), Duration.ZERO).block();
			NewEvent last = Writers.practiceEvent(practiceId);
			this.writers.commit(List.of(Writers.practiceEvent(otherPracticeId), last), Duration.ZERO).block();

			List<JsonNode> events = socket.events(2, Duration.ofSeconds(5));
			assertThat(events).extracting((frame) -> frame.at("/event/subject/id").asString())
				.containsExactly(ours.subjectId().toString(), last.subjectId().toString());
			assertThat(events.get(0).at("/event/kind").asString()).isEqualTo("practice.updated");
			assertThat(events.get(0).at("/event/data/status").asString()).isEqualTo("active");
			assertThat(events.get(0).path("cursor").asString()).matches("[0-9]+-[0-9]+");
		}
	}

	@Test
	void clientReceivesOnlyEventsAboutThemselves() {
		UUID practiceId = this.accounts.practice();
		StartedSession client = this.accounts.client();
		StartedSession otherClient = this.accounts.client();
		try (StreamClient socket = StreamClient.resume(this.port, client.token(), null)) {
			awaitSubscribed(client);
			NewEvent own = Writers.clientEvent(practiceId, client.principal().accountId());
			this.writers
				.commit(List.of(Writers.practiceEvent(practiceId),
						Writers.clientEvent(practiceId, otherClient.principal().accountId()), own), Duration.ZERO)
				.block();
			NewEvent ownInAnotherPractice = Writers.clientEvent(this.accounts.practice(),
					client.principal().accountId());
			this.writers
				.commit(List.of(Writers.clientEvent(this.accounts.practice(), otherClient.principal().accountId()),
						ownInAnotherPractice), Duration.ZERO)
				.block();

			assertThat(socket.events(2, Duration.ofSeconds(5)))
				.extracting((frame) -> frame.at("/event/subject/id").asString())
				.containsExactly(own.subjectId().toString(), ownInAnotherPractice.subjectId().toString());
		}
	}

	@Test
	void endedSessionClosesItsSocketWithPolicyViolationWithinFiveSeconds() {
		StartedSession staff = this.accounts.member(this.accounts.practice(), Role.STAFF);
		try (StreamClient socket = StreamClient.resume(this.port, staff.token(), null)) {
			awaitSubscribed(staff);
			this.sessions.end(staff.principal().sessionId()).block();
			StepVerifier.create(socket.closeStatus()).expectNext(1008).expectComplete().verify(Duration.ofSeconds(5));
			await().atMost(Duration.ofSeconds(2)).until(() -> !isSubscribed(staff));
		}
	}

	/** Live from now means from when the server handled the resume frame. */
	private void awaitSubscribed(StartedSession session) {
		await().atMost(Duration.ofSeconds(5)).until(() -> isSubscribed(session));
	}

	private boolean isSubscribed(StartedSession session) {
		return this.hub.subscribers()
			.stream()
			.anyMatch((subscriber) -> subscriber.principal().sessionId().equals(session.principal().sessionId()));
	}

}
