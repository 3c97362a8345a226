package com.claimstream.stream;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.claimstream.security.CurrentPrincipal;

/**
 * Fan-out on one instance: each committed event, already encoded, goes to the subscribers
 * whose principal may see it, found by index (practice members by practice id, clients by
 * account id), so its cost grows with the audience, not with the number of sockets.
 */
@Component
class EventHub {

	private final Map<UUID, Set<StreamSubscriber>> byPractice = new ConcurrentHashMap<>();

	private final Map<UUID, Set<StreamSubscriber>> byClientAccount = new ConcurrentHashMap<>();

	private final Set<StreamSubscriber> all = ConcurrentHashMap.newKeySet();

	private final Timer lag;

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
	StreamSubscriber subscribe(CurrentPrincipal principal, int bufferSize) {
		StreamSubscriber subscriber = new StreamSubscriber(principal, bufferSize);
		index(principal).compute(scope(principal), (key, set) -> {
			Set<StreamSubscriber> audience = (set != null) ? set : ConcurrentHashMap.newKeySet();
			audience.add(subscriber);
			return audience;
		});
		this.all.add(subscriber);
		return subscriber;
	}

	void unsubscribe(StreamSubscriber subscriber) {
		CurrentPrincipal principal = subscriber.principal();
		index(principal).computeIfPresent(scope(principal), (key, set) -> {
			set.remove(subscriber);
			return set.isEmpty() ? null : set;
		});
		this.all.remove(subscriber);
	}

	/** Offers events in cursor order; called by the one reader only. */
	void publish(List<StreamEvent> events) {
		for (StreamEvent event : events) {
			offer(this.byPractice.get(event.practiceId()), event);
			if (event.clientAccountId() != null) {
				offer(this.byClientAccount.get(event.clientAccountId()), event);
			}
			this.lag.record(Duration.between(event.occurredAt(), this.clock.instant()));
		}
	}

	Collection<StreamSubscriber> subscribers() {
		return this.all;
	}

	private static void offer(@Nullable Set<StreamSubscriber> audience, StreamEvent event) {
		if (audience != null) {
			for (StreamSubscriber subscriber : audience) {
				subscriber.offer(event);
			}
		}
	}

	private Map<UUID, Set<StreamSubscriber>> index(CurrentPrincipal principal) {
		return principal.isPracticeMember() ? this.byPractice : this.byClientAccount;
	}

	private static UUID scope(CurrentPrincipal principal) {
		return principal.isPracticeMember() ? principal.requirePracticeId() : principal.accountId();
	}

}
