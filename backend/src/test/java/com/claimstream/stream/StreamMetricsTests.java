package com.claimstream.stream;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

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
class StreamMetricsTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	DatabaseClient database;

	@Autowired
	SessionService sessions;

	@Autowired
	EventLog log;

	@Autowired
	TransactionalOperator transactions;

	@Test
	void connectedSocketsAndCommitToSendLagAreMeasured() {
		StreamAccounts accounts = new StreamAccounts(this.database, this.sessions);
		UUID practiceId = accounts.practice();
		StartedSession staff = accounts.member(practiceId, Role.STAFF);
		double connectedBefore = connections();
		long lagsBefore = this.meters.timer("claimstream.stream.lag").count();
		try (StreamClient socket = StreamClient.resume(this.port, staff.token(), null)) {
			await().atMost(Duration.ofSeconds(5)).until(() -> connections() == connectedBefore + 1);
			new Writers(this.log, this.transactions).commit(List.of(Writers.practiceEvent(practiceId)), Duration.ZERO)
				.block();

			assertThat(socket.events(1, Duration.ofSeconds(5))).hasSize(1);
			assertThat(this.meters.timer("claimstream.stream.lag").count()).isGreaterThan(lagsBefore);
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> connections() == connectedBefore);
	}

	@Test
	void oldestOpenTransactionAgeIsAGauge() {
		assertThat(this.meters.get("claimstream.stream.oldest.transaction.age").gauge().value())
			.isGreaterThanOrEqualTo(0);
	}

	private double connections() {
		return this.meters.get("claimstream.stream.connections").gauge().value();
	}

}
