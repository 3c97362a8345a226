package com.claimstream.stream;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.Role;
import com.claimstream.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

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

	@Test
	void everySubscriberReceivesEveryEventOfConcurrentWritersExactlyOnceInOneOrder() {
		UUID practiceId = UUID.randomUUID();
		NewEvent last = Writers.practiceEvent(practiceId);
		List<StreamSubscriber> subscribers = List.of(subscribe(practiceId), subscribe(practiceId), subscribe(practiceId));
		List<Mono<List<String>>> received = subscribers.stream().map((subscriber) -> untilLast(subscriber, last)).toList();
		Writers writers = new Writers(this.log, this.transactions);

		List<UUID> written = writers.concurrently(8, EVENTS / 2, 2, Duration.ofMillis(40), practiceId)
			.block(Duration.ofSeconds(60));
		writers.commit(List.of(last), Duration.ZERO).block(Duration.ofSeconds(5));

		List<List<String>> orders = Flux.concat(received).collectList().block(Duration.ofSeconds(30));
		subscribers.forEach(this.hub::unsubscribe);
		assertThat(written).hasSize(EVENTS);
		List<String> first = orders.get(0);
		assertThat(first).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(written.stream().map(UUID::toString).toList());
		assertThat(orders).allSatisfy((order) -> assertThat(order).containsExactlyElementsOf(first));
	}

	private StreamSubscriber subscribe(UUID practiceId) {
		CurrentPrincipal member = new CurrentPrincipal(UUID.randomUUID(), UUID.randomUUID(), Role.STAFF, practiceId,
				"Staff", "staff@example.com");
		return this.hub.subscribe(member, 10_000);
	}

	/** What a subscriber receives before {@code last}, which is committed after every writer. */
	private Mono<List<String>> untilLast(StreamSubscriber subscriber, NewEvent last) {
		return subscriber.live()
			.map((event) -> this.json.readTree(event.frame()).at("/event/subject/id").asString())
			.takeWhile((subjectId) -> !subjectId.equals(last.subjectId().toString()))
			.collectList();
	}

}
