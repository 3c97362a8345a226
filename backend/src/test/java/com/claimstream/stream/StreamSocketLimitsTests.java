package com.claimstream.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import com.claimstream.security.Role;
import com.claimstream.security.SessionService;
import com.claimstream.security.StartedSession;
import com.claimstream.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ApiTest
class StreamSocketLimitsTests {

	@LocalServerPort
	int port;

	@Autowired
	DatabaseClient database;

	@Autowired
	SessionService sessions;

	@Autowired
	EventHub hub;

	StartedSession staff;

	@BeforeEach
	void signIn() {
		StreamAccounts accounts = new StreamAccounts(this.database, this.sessions);
		this.staff = accounts.member(accounts.practice(), Role.STAFF);
	}

	@Test
	void clientFrameOverFourKilobytesClosesWith1009() {
		try (StreamClient socket = StreamClient.resume(this.port, this.staff.token(), null)) {
			socket.send("{\"type\":\"resume\",\"after\":\"" + "x".repeat(4100) + "\"}");

			StepVerifier.create(socket.closeStatus()).expectNext(1009).expectComplete().verify(Duration.ofSeconds(5));
		}
	}

	@Test
	void fragmentedClientMessageOverFourKilobytesClosesWith1009() {
		assertThat(StreamClient.closeStatusAfterFragmentedMessage(this.port, this.staff.token(), "x".repeat(1500), 3))
			.isEqualTo(1009);
	}

	@Test
	void moreThanTenClientFramesPerSecondCloseWith1008() {
		try (StreamClient socket = StreamClient.resume(this.port, this.staff.token(), null)) {
			for (int i = 0; i < 15; i++) {
				socket.send("{\"type\":\"noop\"}");
			}

			StepVerifier.create(socket.closeStatus()).expectNext(1008).expectComplete().verify(Duration.ofSeconds(5));
		}
	}

	@Test
	void firstFrameThatIsNotAResumeClosesWith1008() {
		try (StreamClient socket = StreamClient.open(this.port, this.staff.token())) {
			socket.send("hello");

			StepVerifier.create(socket.closeStatus()).expectNext(1008).expectComplete().verify(Duration.ofSeconds(5));
		}
	}

	@Test
	void disconnectedClientIsRemovedFromFanOut() {
		StreamClient socket = StreamClient.resume(this.port, this.staff.token(), null);
		await().atMost(Duration.ofSeconds(5)).until(this::subscribed);

		socket.close();

		await().atMost(Duration.ofSeconds(5)).until(() -> !subscribed());
	}

	@Test
	void clientFramesNeverCountAsSessionActivity() {
		try (StreamClient socket = StreamClient.resume(this.port, this.staff.token(), null)) {
			await().atMost(Duration.ofSeconds(5)).until(this::subscribed);
			Long before = lastSeenMillis();
			for (int i = 0; i < 15; i++) {
				socket.send("{\"type\":\"noop\"}");
			}
			StepVerifier.create(socket.closeStatus()).expectNext(1008).expectComplete().verify(Duration.ofSeconds(5));

			assertThat(lastSeenMillis()).isEqualTo(before);
		}
	}

	/** STR-05: the limit holds per instance (docs/decisions/0013). */
	@Test
	void moreThanTwentySocketsOfOnePrincipalAreRefusedAtTheHandshake() {
		List<StreamClient> sockets = new ArrayList<>();
		try {
			for (int i = 0; i < 20; i++) {
				sockets.add(StreamClient.open(this.port, this.staff.token()).awaitConnected());
			}

			assertThat(StreamClient.handshakeStatus(this.port, StreamClient.origin(), this.staff.token()))
				.isEqualTo(429);
			StartedSession colleague = new StreamAccounts(this.database, this.sessions)
				.member(this.staff.principal().requirePracticeId(), Role.STAFF);
			assertThat(StreamClient.handshakeStatus(this.port, StreamClient.origin(), colleague.token()))
				.isEqualTo(101);

			sockets.remove(0).close();
			await().atMost(Duration.ofSeconds(5))
				.until(() -> StreamClient.handshakeStatus(this.port, StreamClient.origin(), this.staff.token()) == 101);
		}
		finally {
			sockets.forEach(StreamClient::close);
		}
	}

	private boolean subscribed() {
		return this.hub.subscribers()
			.stream()
			.anyMatch((subscriber) -> subscriber.principal().sessionId().equals(this.staff.principal().sessionId()));
	}

	private Long lastSeenMillis() {
		return this.database
			.sql("select (extract(epoch from last_seen_at) * 1000)::bigint as at from session where session_id = :id")
			.bind("id", this.staff.principal().sessionId())
			.map((row) -> row.get("at", Long.class))
			.one()
			.block();
	}

}
