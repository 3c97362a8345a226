package com.claimstream.insurance;

import java.time.LocalDate;

/** The person who holds the policy when it is not the client. */
public record Subscriber(String firstName, String lastName, LocalDate dateOfBirth) {

}
