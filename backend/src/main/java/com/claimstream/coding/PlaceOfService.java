package com.claimstream.coding;

/** A CMS place-of-service code; telehealth ones go with modifier 95. */
public record PlaceOfService(String code, String name, boolean telehealth) {

}
