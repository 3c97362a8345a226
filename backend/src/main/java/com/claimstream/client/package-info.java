/**
 * Clients of a practice: their profile, their connection status (driven by invitations),
 * the client list and detail, removal, and what a signed-in client sees of their
 * connections. Owns the {@code client} table.
 */
@NullMarked
package com.claimstream.client;

import org.jspecify.annotations.NullMarked;
