package com.claimstream.stream;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.Role;
import com.claimstream.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ApiTest
class StreamReaderRecoveryTests {

	@Autowired
	EventHub hub;

	@Autowired
	EventLog log;

	@Autowired
	TransactionalOperator transactions;

	@Autowired
	DatabaseClient database;

	@Autowired
	MeterRegistry meters;

	@Test
	void readerRetriesFailingPollsThenDeliversEveryEventOnceInOrder() {
		UUID practiceId = UUID.randomUUID();
		StreamSubscriber subscriber = this.hub.subscribe(new CurrentPrincipal(UUID.randomUUID(), UUID.randomUUID(),
				Role.STAFF, practiceId, "Staff", "staff@example.com"), 100, Runnable::run);
		Writers writers = new Writers(this.log, this.transactions);
		double failuresBefore = this.meters.counter("claimstream.stream.reader.failures").count();
		try {
			execute("alter table event rename to event_unavailable");
			await().atMost(Duration.ofSeconds(5))
				.until(() -> this.meters.counter("claimstream.stream.reader.failures").count() > failuresBefore);
			execute("alter table event_unavailable rename to event");
			List<UUID> written = writers.concurrently(2, 6, 1, Duration.ZERO, practiceId).block();

			List<Cursor> received = subscriber.live()
				.filter((event) -> !event.isHeartbeat())
				.map(StreamEvent::cursor)
				.take(6)
				.collectList()
				.block(Duration.ofSeconds(5));
			assertThat(received).doesNotHaveDuplicates().isSorted().hasSize(written.size());
		}
		finally {
			execute("alter table if exists event_unavailable rename to event");
			this.hub.unsubscribe(subscriber);
		}
	}

	private void execute(String statement) {
		this.database.sql(statement).then().block();
	}

}
