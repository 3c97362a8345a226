/**
 * The clearinghouse sandbox: a faithful test mode of a clearinghouse and the payers
 * behind it (docs/sandbox-clearinghouse.md), in its own package as a clearinghouse lives
 * outside Claimstream. It takes 837P files (validated as a clearinghouse's front end
 * does), answers each with a 277CA, and later with an 835 after adjudicating the claim
 * against the member's sandbox plan (the eligibility sandbox's, chosen by member id
 * prefix), on a timeline scaled by {@link SandboxClearinghouseSettings#day}. Scenario
 * markers in the member id make it pend, stay silent, or deliver duplicates out of order.
 * Keeps its own {@code sandbox_clearinghouse_*} and {@code sandbox_payer_member} tables.
 */
@NullMarked
package com.claimstream.clearinghousesandbox;

import org.jspecify.annotations.NullMarked;
