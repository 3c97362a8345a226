package com.claimstream.claims;

import java.time.Instant;
import java.util.UUID;

/**
 * One X12 file of a claim: the 837 sent, and the 277CA and 835 answers received.
 *
 * @param kind {@code 837}, {@code 277ca} or {@code 835}
 * @param controlNumber its interchange control number (ISA13)
 */
record ClaimFileView(UUID id, String kind, long controlNumber, Instant createdAt) {

}
