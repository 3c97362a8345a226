package com.claimstream.stream;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.claimstream.security.CurrentPrincipal;

/**
 * Fan-out on one instance: each committed event, already encoded, goes to the subscribers
 * whose principal may see it, found by index (subscribers by their {@link Visibility}
 * keys), so its cost grows with the audience, not with the number of sockets. The reader
 * only enqueues: each subscriber touched by a batch is handed to its socket's event loop
 * once per batch (docs/decisions/0014).
 */
@Component
class EventHub {

	private final Map<Visibility.Key, Set<StreamSubscriber>> byKey = new ConcurrentHashMap<>();

	private final Set<StreamSubscriber> all = ConcurrentHashMap.newKeySet();

	/**
	 * Heartbeats go to one slice of the subscribers per tick, so that they are spread
	 * over the interval rather than all sent at once.
	 */
	static final int HEARTBEAT_SLICES = 16;

	private final Timer lag;

	private long heartbeatTicks;

	private final Clock clock;

	EventHub(MeterRegistry meters, Clock clock) {
		this.clock = clock;
		this.lag = Timer.builder("claimstream.stream.lag")
			.description("From an event's insert to its fan-out to this instance's sockets")
			.publishPercentileHistogram()
			.register(meters);
		meters.gaugeCollectionSize("claimstream.stream.connections", List.of(), this.all);
	}

	/**
	 * Registers a subscriber: from now on it is offered every event its principal may
	 * see.
	 */
	StreamSubscriber subscribe(CurrentPrincipal principal, int bufferSize, Executor delivery) {
		StreamSubscriber subscriber = new StreamSubscriber(principal, bufferSize, delivery);
		for (Visibility.Key key : Visibility.of(principal)) {
			this.byKey.compute(key, (k, set) -> {
				Set<StreamSubscriber> audience = (set != null) ? set : ConcurrentHashMap.newKeySet();
				audience.add(subscriber);
				return audience;
			});
		}
		this.all.add(subscriber);
		return subscriber;
	}

	void unsubscribe(StreamSubscriber subscriber) {
		for (Visibility.Key key : Visibility.of(subscriber.principal())) {
			this.byKey.computeIfPresent(key, (k, set) -> {
				set.remove(subscriber);
				return set.isEmpty() ? null : set;
			});
		}
		this.all.remove(subscriber);
	}

	/** Offers events in cursor order; called by the one reader only. */
	void publish(List<StreamEvent> events) {
		Map<StreamSubscriber, Boolean> touched = new IdentityHashMap<>();
		for (StreamEvent event : events) {
			for (Visibility.Key key : event.audience()) {
				offer(this.byKey.get(key), event, touched);
			}
		}
		// recorded before the hand-off: a socket's event loop may send the frames at once
		for (StreamEvent event : events) {
			this.lag.record(Duration.between(event.occurredAt(), this.clock.instant()));
		}
		touched.keySet().forEach(StreamSubscriber::deliver);
	}

	/**
	 * Sends a heartbeat to the next slice of subscribers: called every
	 * {@code heartbeat / HEARTBEAT_SLICES} by one timer for all sockets, so each gets one
	 * per {@code heartbeat}.
	 */
	void heartbeat() {
		long slice = this.heartbeatTicks++ % HEARTBEAT_SLICES;
		for (StreamSubscriber subscriber : this.all) {
			if (Math.floorMod(System.identityHashCode(subscriber), HEARTBEAT_SLICES) == slice) {
				subscriber.offer(StreamEvent.HEARTBEAT);
				subscriber.deliver();
			}
		}
	}

	Collection<StreamSubscriber> subscribers() {
		return this.all;
	}

	private static void offer(@Nullable Set<StreamSubscriber> audience, StreamEvent event,
			Map<StreamSubscriber, Boolean> touched) {
		if (audience != null) {
			for (StreamSubscriber subscriber : audience) {
				subscriber.offer(event);
				touched.put(subscriber, Boolean.TRUE);
			}
		}
	}

}
