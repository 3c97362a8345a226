package com.claimstream.stream;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.Role;
import com.claimstream.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ApiTest
class StreamReaderWatchdogTests {

	@Autowired
	DatabaseClient database;

	@Autowired
	StreamFrames frames;

	@Autowired
	EventLog log;

	@Autowired
	TransactionalOperator transactions;

	@Test
	void aReaderWhosePollNeverAnswersIsRestartedFromItsCursorAndMissesNothing() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		EventHub hub = new EventHub(meters, Clock.systemUTC());
		HangingOnce outbox = new HangingOnce(this.database, this.frames);
		EventReader reader = new EventReader(outbox, hub, settings(), meters);
		UUID practiceId = UUID.randomUUID();
		StreamSubscriber subscriber = hub.subscribe(new CurrentPrincipal(UUID.randomUUID(), UUID.randomUUID(),
				Role.STAFF, practiceId, "Staff", "staff@example.com"), 100, Runnable::run);
		reader.start();
		try {
			await().atMost(Duration.ofSeconds(5)).until(outbox::hung);
			List<UUID> written = new Writers(this.log, this.transactions)
				.concurrently(2, 4, 1, Duration.ZERO, practiceId)
				.block();
			reader.watch().delaySubscription(Duration.ofMillis(1100)).block();
			List<Cursor> received = subscriber.live()
				.take(written.size())
				.map(StreamEvent::cursor)
				.collectList()
				.block(Duration.ofSeconds(5));
			assertThat(received).hasSize(4).doesNotHaveDuplicates().isSorted();
			assertThat(meters.counter("claimstream.stream.reader.failures").count()).isEqualTo(1);
		}
		finally {
			reader.stop();
		}
	}

	/**
	 * The outbox, except that the first poll after the head never answers, like a dead
	 * connection.
	 */
	static final class HangingOnce extends EventRepository {

		private final AtomicBoolean hung = new AtomicBoolean();

		HangingOnce(DatabaseClient database, StreamFrames frames) {
			super(database, frames);
		}

		@Override
		Flux<StreamEvent> committedAfter(Cursor cursor, int limit) {
			return this.hung.compareAndSet(false, true) ? Flux.never() : super.committedAfter(cursor, limit);
		}

		boolean hung() {
			return this.hung.get();
		}

	}

	/**
	 * The defaults, but a poll never times out and the reader counts as stalled after 1
	 * s.
	 */
	private static StreamSettings settings() {
		return new StreamSettings(Duration.ofSeconds(15), Duration.ofHours(24), 1000, Duration.ofMillis(2),
				Duration.ofMillis(25), 500, Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofSeconds(2),
				Duration.ofSeconds(10), 4096, 10);
	}

}
