/**
 * Invitations: the personal link a new client receives by email (256-bit token, stored
 * hashed, valid 72 hours, single use, redeemed only by POST), resend and revoke, accept
 * (creating or connecting a client account) and decline, expiry. What an outcome means
 * for the client record is told through
 * {@link com.claimstream.invitation.InvitationOutcomes}.
 */
@NullMarked
package com.claimstream.invitation;

import org.jspecify.annotations.NullMarked;
