package com.claimstream.stream;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class StreamOutboundTests {

	private final UUID practiceId = UUID.randomUUID();

	@Test
	void oneRoundOfHeartbeatSlicesSendsEverySubscriberOneHeartbeatBetweenItsEvents() {
		EventHub hub = new EventHub(new SimpleMeterRegistry(), Clock.systemUTC());
		List<StreamSubscriber> subscribers = IntStream.range(0, 50)
			.mapToObj((i) -> hub.subscribe(principal(), 100, Runnable::run))
			.toList();
		hub.publish(List.of(event(1)));
		for (int tick = 0; tick < EventHub.HEARTBEAT_SLICES; tick++) {
			hub.heartbeat();
		}
		hub.publish(List.of(event(2)));

		String heartbeat = new String(StreamFrames.HEARTBEAT, StandardCharsets.US_ASCII);
		for (StreamSubscriber subscriber : subscribers) {
			StepVerifier.create(StreamOutbound.frames(subscriber, Flux.empty(), Cursor.START).map(String::new))
				.expectNext("e1", heartbeat, "e2")
				.thenCancel()
				.verify(Duration.ofSeconds(5));
		}
	}

	@Test
	void liveEventsAreDrainedOnTheSubscribersExecutorNotTheOfferingThread() {
		List<Runnable> loop = new ArrayList<>();
		StreamSubscriber subscriber = new StreamSubscriber(principal(), 10, loop::add);
		List<String> received = new ArrayList<>();
		subscriber.live().map((event) -> new String(event.frame(), StandardCharsets.UTF_8)).subscribe(received::add);
		loop.remove(0).run(); // the drain scheduled by the subscription: nothing yet

		subscriber.offer(event(1));
		subscriber.offer(event(2));
		subscriber.deliver();
		subscriber.deliver();

		assertThat(received).isEmpty();
		assertThat(loop).hasSize(1);
		loop.get(0).run();
		assertThat(received).containsExactly("e1", "e2");
	}

	@Test
	void replaysMissedEventsThenLiveOnesWithoutDuplicatesAtTheSeam() {
		StreamSubscriber subscriber = subscriber(10);
		for (int position = 3; position <= 6; position++) {
			subscriber.offer(event(position));
		}
		Flux<StreamEvent> missed = Flux.range(2, 3).map(this::event);

		StepVerifier.create(StreamOutbound.frames(subscriber, missed, new Cursor(1, 1)).map(String::new))
			.expectNext("e2", "e3", "e4", "e5", "e6")
			.then(() -> {
				subscriber.offer(event(7));
				subscriber.deliver();
			})
			.expectNext("e7")
			.thenCancel()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void subscriberThatFallsBehindItsBufferGetsResetAndIsEnded() {
		StreamSubscriber subscriber = subscriber(4);
		for (int position = 1; position <= 5; position++) {
			subscriber.offer(event(position));
		}

		StepVerifier.create(StreamOutbound.frames(subscriber, Flux.empty(), Cursor.START).map(String::new))
			.expectNext(new String(StreamFrames.RESET, StandardCharsets.US_ASCII))
			.verifyComplete();
	}

	@Test
	void endedSessionEndsTheFramesWithoutReset() {
		StreamSubscriber subscriber = subscriber(10);
		subscriber.offer(event(1));

		StepVerifier.create(StreamOutbound.frames(subscriber, Flux.empty(), Cursor.START).map(String::new))
			.expectNext("e1")
			.then(() -> subscriber.end(StreamSubscriber.Ending.SESSION_ENDED))
			.verifyComplete();
	}

	private StreamSubscriber subscriber(int bufferSize) {
		return new StreamSubscriber(principal(), bufferSize, Runnable::run);
	}

	private CurrentPrincipal principal() {
		return new CurrentPrincipal(UUID.randomUUID(), UUID.randomUUID(), Role.CLINICIAN, this.practiceId, "Clinician",
				"clinician@example.com");
	}

	private StreamEvent event(int position) {
		return new StreamEvent(new Cursor(1, position), Visibility.of(this.practiceId, Audience.everyMember()),
				Instant.now(), ("e" + position).getBytes(StandardCharsets.UTF_8));
	}

}
