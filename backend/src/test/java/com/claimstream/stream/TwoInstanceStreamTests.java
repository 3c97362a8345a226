package com.claimstream.stream;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.security.Role;
import com.claimstream.security.SessionService;
import com.claimstream.security.StartedSession;
import com.claimstream.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ApiTest
class TwoInstanceStreamTests {

	@Autowired
	Environment environment;

	@Autowired
	DatabaseClient database;

	@Autowired
	SessionService sessions;

	@Autowired
	EventLog log;

	@Autowired
	TransactionalOperator transactions;

	@Test
	void eventsAndSessionEndsReachTheSocketsOfTheOtherInstance() {
		StreamAccounts accounts = new StreamAccounts(this.database, this.sessions);
		UUID practiceId = accounts.practice();
		StartedSession staff = accounts.member(practiceId, Role.STAFF);
		try (ConfigurableApplicationContext instanceB = SecondInstance.start(this.environment)) {
			int portB = SecondInstance.port(instanceB);
			EventHub hubB = instanceB.getBean(EventHub.class);
			try (StreamClient socket = StreamClient.resume(portB, staff.token(), null)) {
				await().atMost(Duration.ofSeconds(5)).until(() -> hubB.subscribers().size() == 1);

				NewEvent appendedThroughA = Writers.practiceEvent(practiceId);
				new Writers(this.log, this.transactions).commit(List.of(appendedThroughA), Duration.ZERO).block();

				assertThat(socket.events(1, Duration.ofSeconds(5)))
					.extracting((frame) -> frame.at("/event/subject/id").asString())
					.containsExactly(appendedThroughA.subjectId().toString());
				this.sessions.end(staff.principal().sessionId()).block();
				StepVerifier.create(socket.closeStatus())
					.expectNext(1008)
					.expectComplete()
					.verify(Duration.ofSeconds(5));
			}
		}
	}

}
