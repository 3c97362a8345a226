package com.claimstream.stream;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

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
import com.claimstream.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ApiTest
class StreamResumeTests {

	@LocalServerPort
	int port;

	@Autowired
	DatabaseClient database;

	@Autowired
	SessionService sessions;

	@Autowired
	EventLog log;

	@Autowired
	TransactionalOperator transactions;

	@Autowired
	MovableClock clock;

	UUID practiceId;

	StartedSession staff;

	Writers writers;

	@BeforeEach
	void setUp() {
		StreamAccounts accounts = new StreamAccounts(this.database, this.sessions);
		this.practiceId = accounts.practice();
		this.staff = accounts.member(this.practiceId, Role.CLINICIAN);
		this.writers = new Writers(this.log, this.transactions);
	}

	@Test
	void resumeWhileWritersCommitReplaysThenGoesLiveWithoutLossOrRepeat() {
		List<UUID> before = this.writers.concurrently(4, 30, 1, Duration.ZERO, this.practiceId).block();
		String cursor = cursorOf(before.get(9));
		CompletableFuture<List<UUID>> during = this.writers
			.concurrently(8, 150, 1, Duration.ofMillis(30), this.practiceId)
			.toFuture();
		await().atMost(Duration.ofSeconds(10)).until(() -> countEvents() >= 60);

		try (StreamClient socket = StreamClient.resume(this.port, this.staff.token(), cursor)) {
			during.join();
			NewEvent last = Writers.practiceEvent(this.practiceId);
			this.writers.commit(List.of(last), Duration.ZERO).block();

			List<String> received = socket.frames()
				.filter((frame) -> "event".equals(frame.path("type").asString()))
				.map((frame) -> frame.at("/event/subject/id").asString())
				.takeUntil((subjectId) -> subjectId.equals(last.subjectId().toString()))
				.collectList()
				.block(Duration.ofSeconds(20));
			assertThat(received).doesNotHaveDuplicates()
				.containsAll(during.join().stream().map(UUID::toString).toList())
				.containsExactlyElementsOf(subjectIdsAfter(cursor));
		}
	}

	@Test
	void resumeFromBeyondTheReplayWindowIsReset() {
		List<UUID> written = this.writers.concurrently(1, 1, 1, Duration.ZERO, this.practiceId).block();
		String cursor = cursorOf(written.get(0));
		try (StreamClient socket = StreamClient.open(this.port, this.staff.token()).awaitConnected()) {
			this.clock.advance(Duration.ofHours(24).plusMinutes(1));
			socket.send("{\"type\":\"resume\",\"after\":\"" + cursor + "\"}");

			assertReset(socket);
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void resumeFromWithinTheReplayWindowIsNotReset() {
		List<UUID> written = this.writers.concurrently(1, 2, 1, Duration.ZERO, this.practiceId).block();
		try (StreamClient socket = StreamClient.resume(this.port, this.staff.token(), cursorOf(written.get(0)))) {
			assertThat(socket.events(1, Duration.ofSeconds(5)))
				.extracting((frame) -> frame.at("/event/subject/id").asString())
				.containsExactly(written.get(1).toString());
		}
	}

	@Test
	void resumeFromAGarbageOrUnknownCursorIsReset() {
		for (String cursor : List.of("garbage", "12-", "-1-1", "999999999999-1", "1-99999999999999999999")) {
			try (StreamClient socket = StreamClient.resume(this.port, this.staff.token(), cursor)) {
				assertReset(socket);
			}
		}
	}

	private static void assertReset(StreamClient socket) {
		JsonNode first = socket.frames().next().block(Duration.ofSeconds(5));
		assertThat(first.path("type").asString()).isEqualTo("reset");
		StepVerifier.create(socket.closeStatus()).expectNext(1000).expectComplete().verify(Duration.ofSeconds(5));
	}

	private String cursorOf(UUID subjectId) {
		return this.database.sql("select txid::text || '-' || position as cursor from event where subject_id = :id")
			.bind("id", subjectId)
			.map((row) -> row.get("cursor", String.class))
			.one()
			.block();
	}

	private long countEvents() {
		return this.database.sql("select count(*) as n from event where practice_id = :id")
			.bind("id", this.practiceId)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

	/** The database's own order of this practice's events after {@code cursor}. */
	private List<String> subjectIdsAfter(String cursor) {
		String[] parts = cursor.split("-");
		return this.database.sql("""
				select subject_id::text as id from event
				where practice_id = :practiceId and (txid, position) > (cast(:txid as xid8), :position)
				order by txid, position
				""")
			.bind("practiceId", this.practiceId)
			.bind("txid", parts[0])
			.bind("position", Long.parseLong(parts[1]))
			.map((row) -> row.get("id", String.class))
			.all()
			.collectList()
			.block();
	}

}
