package com.claimstream.coding;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One step of a client's diagnosis history.
 *
 * @param action {@code added}, {@code removed} or {@code moved}
 * @param position where the code stands after the change (none once removed)
 */
record DiagnosisChange(String action, String code, @Nullable Integer position, UUID changedBy, Instant changedAt) {

}
