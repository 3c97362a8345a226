package com.claimstream.payment;

/**
 * A processor request that did not get a result.
 */
public class CardProcessorException extends RuntimeException {

	/** Why there is no result. */
	public enum Failure {

		/** The request was sent, the answer never came: it may have been applied. */
		TIMED_OUT,

		/**
		 * The processor answered with an error: it may have applied the request first.
		 */
		PROCESSOR_ERROR,

		/**
		 * The processor refused the request itself (an unknown charge, a refund above
		 * what is left, a key reused for another request): nothing was applied.
		 */
		INVALID_REQUEST

	}

	private final Failure failure;

	public CardProcessorException(Failure failure, String message) {
		super(message, null, false, false);
		this.failure = failure;
	}

	public Failure failure() {
		return this.failure;
	}

	/** Whether the request may have been applied: retry with the same key to know. */
	public boolean inDoubt() {
		return this.failure != Failure.INVALID_REQUEST;
	}

}
