/**
 * X12 files of claims (ARCHITECTURE §7): the 005010X222A1 837P a claim is sent as, the
 * 005010X214 277CA acknowledgment and the 005010X221A1 835 remittance that answer it,
 * written and read with the {@code com.imsweb:x12-parser} library against the
 * implementation guides' maps, and {@link X12Validation} that checks a file the way a
 * clearinghouse's front end does (the guide's required segments, the envelope's control
 * numbers and segment counts). Holds no state: the claim feature and the clearinghouse
 * sandbox both speak X12 through it.
 */
@NullMarked
package com.claimstream.x12;

import org.jspecify.annotations.NullMarked;
