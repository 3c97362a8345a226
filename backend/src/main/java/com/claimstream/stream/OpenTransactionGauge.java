package com.claimstream.stream;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The age of the oldest open transaction that holds a transaction id, measured every
 * {@code transactionAgeProbe} (a {@code PeriodicTask}): delivery waits for it (the
 * {@code pg_snapshot_xmin} gate), so a long one shows here before it shows as lag.
 */
@Component
class OpenTransactionGauge {

	private final EventRepository events;

	private final AtomicLong ageMillis = new AtomicLong();

	OpenTransactionGauge(EventRepository events, MeterRegistry meters) {
		this.events = events;
		Gauge.builder("claimstream.stream.oldest.transaction.age", this.ageMillis, (age) -> age.get() / 1000.0)
			.description("Age of the oldest open writing transaction; delivery of newer events waits for it")
			.baseUnit("seconds")
			.register(meters);
	}

	Mono<Void> measure() {
		return this.events.oldestTransactionAge().doOnNext((age) -> this.ageMillis.set(age.toMillis())).then();
	}

}
