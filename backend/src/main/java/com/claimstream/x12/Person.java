package com.claimstream.x12;

import java.time.LocalDate;

/**
 * A subscriber or patient: name (NM1), address (N3, N4) and demographics (DMG).
 *
 * @param sex DMG03: {@code F}, {@code M} or {@code U} (unknown)
 */
public record Person(String lastName, String firstName, LocalDate dateOfBirth, String sex, StreetAddress address) {

}
