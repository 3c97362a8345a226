package com.claimstream.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Concurrent writers for stream tests: each transaction appends its events, then stays
 * open for a random time before it commits, so commits land out of position order.
 */
final class Writers {

	private final EventLog log;

	private final TransactionalOperator transactions;

	Writers(EventLog log, TransactionalOperator transactions) {
		this.log = log;
		this.transactions = transactions;
	}

	/** A practice-wide event: every member of the practice sees it. */
	static NewEvent practiceEvent(UUID practiceId) {
		return new NewEvent("practice.updated", practiceId, Audience.everyMember(), "practice", UUID.randomUUID(),
				Map.of("status", "active"));
	}

	/** An event about an unassigned client, which its client account sees. */
	static NewEvent clientEvent(UUID practiceId, UUID clientAccountId) {
		return new NewEvent("invitation.accepted", practiceId,
				Audience.client(UUID.randomUUID(), null).andClientAccount(clientAccountId), "invitation",
				UUID.randomUUID(), Map.of("status", "accepted"));
	}

	/**
	 * Commits {@code events} in one transaction held open up to {@code maxHold} after its
	 * inserts.
	 */
	Mono<Void> commit(List<NewEvent> events, Duration maxHold) {
		long holdMillis = ThreadLocalRandom.current().nextLong(maxHold.toMillis() + 1);
		return Flux.fromIterable(events)
			.concatMap(this.log::append)
			.then(Mono.delay(Duration.ofMillis(holdMillis)))
			.then()
			.as(this.transactions::transactional);
	}

	/**
	 * {@code transactions} transactions of {@code perTransaction} events each,
	 * {@code writers} at a time.
	 */
	Mono<List<UUID>> concurrently(int writers, int transactions, int perTransaction, Duration maxHold,
			UUID practiceId) {
		return Flux.range(0, transactions)
			.map((i) -> IntStream.range(0, perTransaction).mapToObj((j) -> practiceEvent(practiceId)).toList())
			.flatMap((events) -> commit(events, maxHold).thenMany(Flux.fromIterable(events)), writers)
			.map(NewEvent::subjectId)
			.collectList();
	}

}
