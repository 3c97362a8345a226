package com.claimstream.x12;

import org.jspecify.annotations.Nullable;

/** A US address as N3 and N4 carry it. */
public record StreetAddress(String line1, @Nullable String line2, String city, String state, String postalCode) {

}
