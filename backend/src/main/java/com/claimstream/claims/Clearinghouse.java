package com.claimstream.claims;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * The clearinghouse (ARCHITECTURE §7): takes 837P files and, later, leaves the payers'
 * answers (277CA acknowledgments, 277 status and 835 remittances) in Claimstream's
 * mailbox. Submitting is idempotent by the file's interchange control number; a mailbox
 * file stays there until it is marked fetched, so an answer may arrive more than once and
 * in any order (RELIABILITY FLT-08).
 */
public interface Clearinghouse {

	/** Who the 837's envelope is addressed to. */
	Receiver receiver();

	/** Hands over an 837P file. */
	Mono<Void> submit(String file);

	/** The answers waiting in the mailbox, oldest first. */
	Mono<List<InboundFile>> mailbox();

	/** Takes an answer out of the mailbox once it was recorded. */
	Mono<Void> fetched(String fileId);

	/**
	 * The clearinghouse as an 837's envelope names it.
	 *
	 * @param production false for a test mode (ISA15 {@code T})
	 */
	record Receiver(String id, String name, boolean production) {

	}

	/**
	 * A file in the mailbox.
	 *
	 * @param kind {@code 277ca} (any 277) or {@code 835}
	 */
	record InboundFile(String id, String kind, String content) {

		public static final String ACKNOWLEDGMENT = "277ca";

		public static final String REMITTANCE = "835";

	}

}
