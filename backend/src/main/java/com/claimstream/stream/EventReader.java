package com.claimstream.stream;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * The one reader of this instance: from the head at boot, it polls the outbox for newly
 * committed events and hands them to {@link EventHub}. The poll adapts: again at once
 * while batches come back full, after {@code pollBusy} when events were found, backing
 * off to {@code pollIdle} when idle (docs/decisions/0006). Database errors are retried
 * with backoff from the same cursor, so nothing is skipped and the reader never dies.
 */
@Component
class EventReader implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(EventReader.class);

	private final EventRepository events;

	private final EventHub hub;

	private final StreamSettings settings;

	private volatile @Nullable Cursor cursor;

	private int idlePolls;

	private final Counter failures;

	private volatile @Nullable Disposable loop;

	/**
	 * When the loop last finished a poll (or a failed one): the watchdog's sign of life.
	 */
	private volatile long lastStepNanos = System.nanoTime();

	private volatile boolean publishing;

	EventReader(EventRepository events, EventHub hub, StreamSettings settings, MeterRegistry meters) {
		this.events = events;
		this.hub = hub;
		this.settings = settings;
		this.failures = Counter.builder("claimstream.stream.reader.failures")
			.description("Failed outbox polls; the reader retries them from the same cursor")
			.register(meters);
	}

	@Override
	public void start() {
		this.lastStepNanos = System.nanoTime();
		this.loop = Mono.defer(this::step)
			.doOnNext((delay) -> this.lastStepNanos = System.nanoTime())
			.delayUntil((delay) -> delay.isZero() ? Mono.empty() : Mono.delay(delay))
			.repeat()
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(50))
				.maxBackoff(Duration.ofSeconds(2))
				.transientErrors(true)
				.doBeforeRetry((signal) -> failed(signal.failure())))
			.subscribe(null, (ex) -> logger.error("Stream reader stopped", ex));
	}

	@Override
	public void stop() {
		Disposable running = this.loop;
		if (running != null) {
			running.dispose();
			this.loop = null;
		}
		this.hub.subscribers().forEach((subscriber) -> subscriber.end(StreamSubscriber.Ending.SHUTDOWN));
	}

	@Override
	public boolean isRunning() {
		return this.loop != null;
	}

	/**
	 * Restarts the loop from the same cursor when it has not finished a poll for
	 * {@code stallTimeout}, however it got stuck, so the reader never stops silently. A
	 * loop stuck inside fan-out is reported, not restarted: a second loop would publish
	 * that batch again.
	 */
	Mono<Void> watch() {
		return Mono.fromRunnable(() -> {
			Duration stalled = Duration.ofNanos(System.nanoTime() - this.lastStepNanos);
			Disposable running = this.loop;
			if (running == null || stalled.compareTo(this.settings.stallTimeout()) < 0) {
				return;
			}
			this.failures.increment();
			if (this.publishing) {
				logger.warn("Stream reader stuck in fan-out for " + stalled.toSeconds() + " s at " + this.cursor);
				return;
			}
			logger.warn("Stream reader made no progress for " + stalled.toSeconds() + " s; restarting it from "
					+ this.cursor);
			running.dispose();
			start();
		});
	}

	private void failed(Throwable failure) {
		this.lastStepNanos = System.nanoTime();
		this.failures.increment();
		logger.warn("Stream reader failed; retrying from " + this.cursor + ": "
				+ NestedExceptionUtils.getMostSpecificCause(failure).getMessage());
	}

	/** One poll; emits the delay before the next. */
	private Mono<Duration> step() {
		Cursor from = this.cursor;
		if (from == null) {
			return this.events.head().doOnNext((head) -> this.cursor = head).thenReturn(Duration.ZERO);
		}
		return this.events.committedAfter(from, this.settings.batchSize())
			.collectList()
			.timeout(this.settings.pollTimeout())
			.map(this::publish);
	}

	private Duration publish(List<StreamEvent> batch) {
		if (batch.isEmpty()) {
			this.idlePolls = Math.min(this.idlePolls + 1, 16);
			Duration backedOff = this.settings.pollBusy().multipliedBy(1L << this.idlePolls);
			return (backedOff.compareTo(this.settings.pollIdle()) < 0) ? backedOff : this.settings.pollIdle();
		}
		this.publishing = true;
		try {
			this.hub.publish(batch);
		}
		finally {
			this.publishing = false;
		}
		this.cursor = batch.get(batch.size() - 1).cursor();
		this.idlePolls = 0;
		return (batch.size() == this.settings.batchSize()) ? Duration.ZERO : this.settings.pollBusy();
	}

}
