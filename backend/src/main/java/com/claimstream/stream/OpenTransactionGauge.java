package com.claimstream.stream;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Measures the age of the oldest open transaction that holds a transaction id: delivery
 * waits for it (the {@code pg_snapshot_xmin} gate), so a long one shows here as lag.
 */
@Component
class OpenTransactionGauge implements SmartLifecycle {

	private final EventRepository events;

	private final StreamSettings settings;

	private final AtomicLong ageMillis = new AtomicLong();

	private volatile @Nullable Disposable probing;

	OpenTransactionGauge(EventRepository events, StreamSettings settings, MeterRegistry meters) {
		this.events = events;
		this.settings = settings;
		Gauge.builder("claimstream.stream.oldest.transaction.age", this.ageMillis, (age) -> age.get() / 1000.0)
			.description("Age of the oldest open writing transaction; delivery of newer events waits for it")
			.baseUnit("seconds")
			.register(meters);
	}

	@Override
	public void start() {
		this.probing = Flux.interval(Duration.ZERO, this.settings.transactionAgeProbe())
			.onBackpressureDrop()
			.concatMap((tick) -> this.events.oldestTransactionAge().onErrorResume((ex) -> Mono.empty()), 1)
			.subscribe((age) -> this.ageMillis.set(age.toMillis()));
	}

	@Override
	public void stop() {
		Disposable running = this.probing;
		if (running != null) {
			running.dispose();
			this.probing = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.probing != null;
	}

}
