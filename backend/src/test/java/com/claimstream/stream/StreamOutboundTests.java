package com.claimstream.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.Role;

class StreamOutboundTests {

	private static final Duration HEARTBEAT = Duration.ofSeconds(15);

	private final UUID practiceId = UUID.randomUUID();

	@Test
	void sendsAHeartbeatEveryIntervalWhileNothingHappens() {
		StreamSubscriber subscriber = subscriber(10);
		StepVerifier.withVirtualTime(() -> StreamOutbound.frames(subscriber, Flux.empty(), Cursor.START, HEARTBEAT))
			.expectSubscription()
			.expectNoEvent(HEARTBEAT.minusMillis(1))
			.thenAwait(Duration.ofMillis(1))
			.expectNextMatches((frame) -> Arrays.equals(frame, StreamFrames.HEARTBEAT))
			.expectNoEvent(HEARTBEAT.minusMillis(1))
			.thenAwait(Duration.ofMillis(1))
			.expectNextMatches((frame) -> Arrays.equals(frame, StreamFrames.HEARTBEAT))
			.thenCancel()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void replaysMissedEventsThenLiveOnesWithoutDuplicatesAtTheSeam() {
		StreamSubscriber subscriber = subscriber(10);
		for (int position = 3; position <= 6; position++) {
			subscriber.offer(event(position));
		}
		Flux<StreamEvent> missed = Flux.range(2, 3).map(this::event);

		StepVerifier.create(StreamOutbound.frames(subscriber, missed, new Cursor(1, 1), HEARTBEAT).map(String::new))
			.expectNext("e2", "e3", "e4", "e5", "e6")
			.then(() -> subscriber.offer(event(7)))
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

		StepVerifier.create(StreamOutbound.frames(subscriber, Flux.empty(), Cursor.START, HEARTBEAT).map(String::new))
			.expectNext(new String(StreamFrames.RESET, StandardCharsets.US_ASCII))
			.verifyComplete();
	}

	@Test
	void endedSessionEndsTheFramesWithoutReset() {
		StreamSubscriber subscriber = subscriber(10);
		subscriber.offer(event(1));

		StepVerifier.create(StreamOutbound.frames(subscriber, Flux.empty(), Cursor.START, HEARTBEAT).map(String::new))
			.expectNext("e1")
			.then(() -> subscriber.end(StreamSubscriber.Ending.SESSION_ENDED))
			.verifyComplete();
	}

	private StreamSubscriber subscriber(int bufferSize) {
		return new StreamSubscriber(new CurrentPrincipal(UUID.randomUUID(), UUID.randomUUID(), Role.CLINICIAN,
				this.practiceId, "Clinician", "clinician@example.com"), bufferSize);
	}

	private StreamEvent event(int position) {
		return new StreamEvent(new Cursor(1, position), this.practiceId, null, Instant.now(),
				("e" + position).getBytes(StandardCharsets.UTF_8));
	}

}
