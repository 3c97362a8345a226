package com.claimstream.coding;

/** A CPT modifier. */
public record Modifier(String code, String description) {

}
