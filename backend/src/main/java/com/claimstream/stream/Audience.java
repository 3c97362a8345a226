package com.claimstream.stream;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who may see an event, as the feature that appends it knows at that moment (PRODUCT §2,
 * §17): every member of the practice, only its administrators (team, banking, payouts),
 * or those who see one client (administrators, staff, and the clinician assigned to the
 * client then), plus, in each case, the client account it names. Every {@link NewEvent}
 * states one and none is assumed: a new kind of event (a payout, say) is given its
 * audience where it is appended, not in a list of kinds kept by fan-out.
 *
 * @param administratorsOnly whether only administrators may see it (never staff or
 * clinicians)
 * @param clientId the client the event is about, for that client's activity timeline
 * @param clinicianAccountId the clinician assigned to that client when the event happened
 * @param clientAccountId the client (or contact) account that also sees it
 */
public record Audience(boolean administratorsOnly, @Nullable UUID clientId, @Nullable UUID clinicianAccountId,
		@Nullable UUID clientAccountId) {

	/** A practice-wide event: every member sees it. */
	public static Audience everyMember() {
		return new Audience(false, null, null, null);
	}

	/**
	 * The team, banking and payouts: administrators only, never staff or clinicians
	 * (PRODUCT §1, TEN-08).
	 */
	public static Audience administrators() {
		return new Audience(true, null, null, null);
	}

	/**
	 * About one client: administrators and staff, and among clinicians only the one
	 * assigned to the client (none when unassigned, TEN-09).
	 */
	public static Audience client(UUID clientId, @Nullable UUID clinicianAccountId) {
		return new Audience(false, clientId, clinicianAccountId, null);
	}

	/** The same, also seen by this client or contact account, if any. */
	public Audience andClientAccount(@Nullable UUID accountId) {
		return new Audience(this.administratorsOnly, this.clientId, this.clinicianAccountId, accountId);
	}

}
