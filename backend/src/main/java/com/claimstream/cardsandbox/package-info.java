/**
 * The card processor sandbox: a faithful test mode of a card processor, in its own
 * package as a processor lives outside Claimstream. Its tokenize endpoint
 * ({@code POST /sandbox/cards/tokens}) is the hosted card field: the only place a full
 * card number arrives, checked (Luhn, brand, expiry, CVC) and turned into a token; the
 * number is never stored. Documented test cards ({@code docs/sandbox-cards.md}) decide
 * each charge's outcome, deterministically. Charges, refunds and payouts are idempotent
 * by key and kept in its own {@code sandbox_*} tables, outside the caller's transaction,
 * so reconciliation reads them as a processor's records. {@link SandboxFaults} lets tests
 * make it slow, time out or fail after applying a request.
 */
@NullMarked
package com.claimstream.cardsandbox;

import org.jspecify.annotations.NullMarked;
