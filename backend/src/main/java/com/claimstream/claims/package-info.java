/**
 * Claims (PRODUCT §12): one per succeeded OON Pay or Claimstream Pay charge, opened by
 * {@link com.claimstream.claims.ClaimService#open}; built from the practice, clinician,
 * client, insurance and diagnoses on file (or held as {@code needs_information} naming
 * what is missing), sent as an 837P through the
 * {@link com.claimstream.claims.Clearinghouse} port, and moved by the 277CA and 835 files
 * it answers with, each step a timeline entry and a live event to the practice and the
 * client. Owns the {@code claim}, {@code claim_file} and {@code claim_step} tables.
 */
@NullMarked
package com.claimstream.claims;

import org.jspecify.annotations.NullMarked;
