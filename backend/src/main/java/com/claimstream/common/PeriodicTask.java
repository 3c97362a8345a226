package com.claimstream.common;

import java.time.Duration;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

/**
 * A background job run every {@code interval} for as long as the application runs: one
 * run at a time, a failed run logged and retried at the next tick, the subscription kept
 * and disposed on shutdown. Safe on several instances when the job claims its rows.
 */
public class PeriodicTask implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(PeriodicTask.class);

	private final String name;

	private final Duration interval;

	private final Supplier<Mono<?>> job;

	private volatile @Nullable Disposable running;

	public PeriodicTask(String name, Duration interval, Supplier<Mono<?>> job) {
		this.name = name;
		this.interval = interval;
		this.job = job;
	}

	@Override
	public void start() {
		this.running = Flux.interval(this.interval, this.interval)
			.onBackpressureDrop()
			.concatMap((tick) -> Mono.defer(this.job).onErrorResume((ex) -> {
				logger.warn(this.name + " failed; retrying at the next tick: " + ex.getMessage());
				return Mono.empty();
			}), 1)
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable current = this.running;
		if (current != null) {
			current.dispose();
		}
		this.running = null;
	}

	@Override
	public boolean isRunning() {
		return this.running != null;
	}

}
