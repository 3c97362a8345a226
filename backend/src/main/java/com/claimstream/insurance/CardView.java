package com.claimstream.insurance;

import java.time.Instant;

/**
 * A stored card image: its type and size, never its content nor the name it was uploaded
 * under.
 */
public record CardView(String side, String fileType, int sizeBytes, Instant uploadedAt) {

}
