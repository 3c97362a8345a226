package com.claimstream.stream;

import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

import com.claimstream.security.CurrentPrincipal;

/**
 * One open socket as fan-out sees it: its principal, a bounded buffer of live events and
 * heartbeats, and how it ended, if it has. Producers only enqueue ({@link #offer}) and
 * then {@link #deliver} once per batch; the buffer is drained to the socket on its own
 * event loop ({@code delivery}), so the reader never runs a socket's pipeline. The buffer
 * is a linked queue with a counter rather than an array sized for the bound: an idle
 * socket holds no slots (docs/decisions/0014).
 */
final class StreamSubscriber implements Subscription {

	/** Why the server ends a socket. */
	enum Ending {

		/** The buffer overflowed: the client is told to {@code reset}. */
		FELL_BEHIND,

		/** The session was signed out or timed out. */
		SESSION_ENDED,

		/** This instance is shutting down. */
		SHUTDOWN

	}

	private static final AtomicIntegerFieldUpdater<StreamSubscriber> QUEUED = AtomicIntegerFieldUpdater
		.newUpdater(StreamSubscriber.class, "queued");

	private static final AtomicIntegerFieldUpdater<StreamSubscriber> WIP = AtomicIntegerFieldUpdater
		.newUpdater(StreamSubscriber.class, "wip");

	private static final AtomicLongFieldUpdater<StreamSubscriber> REQUESTED = AtomicLongFieldUpdater
		.newUpdater(StreamSubscriber.class, "requested");

	private static final AtomicReferenceFieldUpdater<StreamSubscriber, Ending> ENDING = AtomicReferenceFieldUpdater
		.newUpdater(StreamSubscriber.class, Ending.class, "ending");

	private final CurrentPrincipal principal;

	private final int bufferSize;

	private final Executor delivery;

	/** Many producers (the reader, the heartbeat), one consumer (the drain). */
	private final Queue<StreamEvent> buffer = Queues.<StreamEvent>unboundedMultiproducer().get();

	private final Sinks.One<Ending> ended = Sinks.one();

	private volatile int queued;

	private volatile int wip;

	private volatile long requested;

	private volatile @Nullable Ending ending;

	private volatile boolean attached;

	private volatile @Nullable Subscriber<? super StreamEvent> actual;

	private volatile boolean cancelled;

	StreamSubscriber(CurrentPrincipal principal, int bufferSize, Executor delivery) {
		this.principal = principal;
		this.bufferSize = bufferSize;
		this.delivery = delivery;
	}

	CurrentPrincipal principal() {
		return this.principal;
	}

	/**
	 * Buffers a live event or a heartbeat; a full buffer ends the subscriber. Call
	 * {@link #deliver} after a batch of offers.
	 */
	void offer(StreamEvent event) {
		if (QUEUED.incrementAndGet(this) > this.bufferSize) {
			QUEUED.decrementAndGet(this);
			end(Ending.FELL_BEHIND);
			return;
		}
		this.buffer.offer(event);
	}

	/** Schedules a drain of the buffer on the socket's event loop, unless one is due. */
	void deliver() {
		if (WIP.getAndIncrement(this) == 0) {
			this.delivery.execute(this::drain);
		}
	}

	/**
	 * The live events and heartbeats in order; buffered until subscribed. Subscribe once.
	 */
	Flux<StreamEvent> live() {
		return Flux.<StreamEvent>from(this::attach);
	}

	/** Emits once, when the server ends the socket. */
	Mono<Ending> ended() {
		return this.ended.asMono();
	}

	/** Why the server ended it; {@code null} while it runs. */
	@Nullable Ending ending() {
		return this.ending;
	}

	void end(Ending reason) {
		if (ENDING.compareAndSet(this, null, reason)) {
			this.ended.tryEmitValue(reason);
		}
	}

	@Override
	public void request(long n) {
		if (Operators.validate(n)) {
			Operators.addCap(REQUESTED, this, n);
			deliver();
		}
	}

	@Override
	public void cancel() {
		this.cancelled = true;
		deliver();
	}

	private void attach(Subscriber<? super StreamEvent> subscriber) {
		if (this.attached) {
			Operators.error(subscriber, new IllegalStateException("A subscriber's live events are read once"));
			return;
		}
		this.attached = true;
		subscriber.onSubscribe(this);
		// set after onSubscribe returns, so that onNext never overlaps it
		this.actual = subscriber;
		deliver();
	}

	/** Runs on the delivery executor; one drain at a time (the {@code wip} counter). */
	private void drain() {
		int missed = 1;
		do {
			Subscriber<? super StreamEvent> subscriber = this.actual;
			if (this.cancelled) {
				this.buffer.clear();
				return;
			}
			if (subscriber != null) {
				emit(subscriber);
			}
			missed = WIP.addAndGet(this, -missed);
		}
		while (missed != 0);
	}

	private void emit(Subscriber<? super StreamEvent> subscriber) {
		long wanted = this.requested;
		long emitted = 0;
		while (emitted != wanted && !this.cancelled) {
			StreamEvent event = this.buffer.poll();
			if (event == null) {
				break;
			}
			QUEUED.decrementAndGet(this);
			subscriber.onNext(event);
			emitted++;
		}
		if (emitted != 0 && wanted != Long.MAX_VALUE) {
			REQUESTED.addAndGet(this, -emitted);
		}
	}

}
