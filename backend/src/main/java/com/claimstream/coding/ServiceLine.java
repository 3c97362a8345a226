package com.claimstream.coding;

/** One CPT code of a charge and how many units of it. */
public record ServiceLine(String cpt, int units) {

}
