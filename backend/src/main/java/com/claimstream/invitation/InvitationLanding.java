package com.claimstream.invitation;

/**
 * What the invitation page shows before the client answers.
 */
record InvitationLanding(String practiceName, String clinicianName, String clientFirstName, String email,
		boolean accountExists) {

}
