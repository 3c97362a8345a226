package com.claimstream.claims;

import java.time.Instant;
import java.util.Map;

/**
 * One step of a claim's timeline (PRODUCT §12), recorded once however often the file that
 * caused it arrives.
 *
 * @param step {@code created}, {@code needs_information}, {@code submitted},
 * {@code acknowledged}, {@code rejected}, {@code pended}, {@code investigating},
 * {@code adjudicated} or {@code reimbursement_sent}
 * @param detail ids, codes and amounts the step shows (never names)
 */
record ClaimStep(String step, Instant occurredAt, Map<String, Object> detail) {

}
