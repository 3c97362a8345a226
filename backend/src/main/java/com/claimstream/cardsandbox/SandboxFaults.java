package com.claimstream.cardsandbox;

import java.time.Duration;
import java.util.Random;

import org.springframework.stereotype.Component;

/**
 * The sandbox's fault switches, for tests only (no endpoint reaches them): slowness
 * before every request, and a share of money requests that are applied and then time out
 * or fail. The shares are drawn from a seeded random, so a test run is repeatable.
 */
@Component
public class SandboxFaults {

	private static final long SEED = 17;

	private volatile Duration slowness = Duration.ZERO;

	private volatile double timeoutShare;

	private volatile double errorShare;

	private Random random = new Random(SEED);

	/** Every request waits this long before the sandbox handles it. */
	public void slowness(Duration delay) {
		this.slowness = delay;
	}

	/**
	 * This share (0 to 1) of charges, refunds and payouts is applied, then its answer
	 * times out.
	 */
	public void timeoutAfterApplying(double share) {
		this.timeoutShare = share;
	}

	/**
	 * This share (0 to 1) of charges, refunds and payouts is applied, then answered with
	 * a processor error.
	 */
	public void errorAfterApplying(double share) {
		this.errorShare = share;
	}

	/** Back to a healthy sandbox, with the same draws as a fresh one. */
	public synchronized void reset() {
		this.slowness = Duration.ZERO;
		this.timeoutShare = 0;
		this.errorShare = 0;
		this.random = new Random(SEED);
	}

	Duration slowness() {
		return this.slowness;
	}

	/** The fault, if any, for the answer of a request just applied. */
	synchronized Fault draw() {
		if (this.timeoutShare == 0 && this.errorShare == 0) {
			return Fault.NONE;
		}
		double draw = this.random.nextDouble();
		if (draw < this.timeoutShare) {
			return Fault.TIME_OUT;
		}
		return (draw < this.timeoutShare + this.errorShare) ? Fault.ERROR : Fault.NONE;
	}

	enum Fault {

		NONE, TIME_OUT, ERROR

	}

}
