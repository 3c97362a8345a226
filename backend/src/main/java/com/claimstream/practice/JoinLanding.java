package com.claimstream.practice;

import com.claimstream.security.Role;

/** What the join page shows before the member chooses a password. */
record JoinLanding(String practiceName, String name, String email, Role role) {

}
