package com.claimstream.invitation;

import org.jspecify.annotations.Nullable;

/**
 * What the invitation page shows before the client answers; {@code actingFor} is the
 * client's first name when a contact (guardian) is invited to act for them.
 */
record InvitationLanding(String practiceName, String clinicianName, String clientFirstName, String email,
		boolean accountExists, @Nullable String actingFor) {

}
