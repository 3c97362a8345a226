package com.claimstream.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.Role;
import com.claimstream.security.SessionService;
import com.claimstream.security.StartedSession;
import com.claimstream.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ApiTest
class EventStreamGapTests {

	private static final int EVENTS = 400;

	@Autowired
	EventHub hub;

	@Autowired
	EventLog log;

	@Autowired
	TransactionalOperator transactions;

	@Autowired
	JsonMapper json;

	@Autowired
	DatabaseClient database;

	@Autowired
	SessionService sessions;

	@LocalServerPort
	int port;

	@Test
	void everySubscriberReceivesEveryEventOfConcurrentWritersExactlyOnceInOneOrder() {
		StreamAccounts accounts = new StreamAccounts(this.database, this.sessions);
		UUID practiceId = accounts.practice();
		StartedSession staff = accounts.member(practiceId, Role.STAFF);
		StartedSession clinician = accounts.member(practiceId, Role.CLINICIAN);
		NewEvent last = Writers.practiceEvent(practiceId);
		List<StreamSubscriber> subscribers = List.of(subscribe(practiceId), subscribe(practiceId),
				subscribe(practiceId));
		List<StreamClient> sockets = List.of(StreamClient.resume(this.port, staff.token(), null),
				StreamClient.resume(this.port, clinician.token(), null));
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.hub.subscribers()
				.stream()
				.filter((subscriber) -> practiceId.equals(subscriber.principal().practiceId()))
				.count() == subscribers.size() + sockets.size());
		List<Mono<List<String>>> received = new ArrayList<>();
		subscribers.forEach((subscriber) -> received
			.add(untilLast(subscriber.live().map(StreamEvent::frame).map(this.json::readTree), last)));
		sockets.forEach((socket) -> received.add(untilLast(socket.frames(), last)));
		Writers writers = new Writers(this.log, this.transactions);

		List<UUID> written = writers.concurrently(8, EVENTS / 2, 2, Duration.ofMillis(40), practiceId)
			.block(Duration.ofSeconds(60));
		writers.commit(List.of(last), Duration.ZERO).block(Duration.ofSeconds(5));

		List<List<String>> orders = Flux.concat(received).collectList().block(Duration.ofSeconds(30));
		subscribers.forEach(this.hub::unsubscribe);
		sockets.forEach(StreamClient::close);
		assertThat(written).hasSize(EVENTS);
		List<String> first = orders.get(0);
		assertThat(first).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(written.stream().map(UUID::toString).toList());
		assertThat(orders).hasSize(5).allSatisfy((order) -> assertThat(order).containsExactlyElementsOf(first));
	}

	private StreamSubscriber subscribe(UUID practiceId) {
		CurrentPrincipal member = new CurrentPrincipal(UUID.randomUUID(), UUID.randomUUID(), Role.STAFF, practiceId,
				"Staff", "staff@example.com");
		return this.hub.subscribe(member, 10_000, Runnable::run);
	}

	/**
	 * The events a subscriber receives before {@code last}, which commits after every
	 * writer.
	 */
	private Mono<List<String>> untilLast(Flux<JsonNode> frames, NewEvent last) {
		return frames.filter((frame) -> "event".equals(frame.path("type").asString()))
			.map((frame) -> frame.at("/event/subject/id").asString())
			.takeWhile((subjectId) -> !subjectId.equals(last.subjectId().toString()))
			.collectList();
	}

}
