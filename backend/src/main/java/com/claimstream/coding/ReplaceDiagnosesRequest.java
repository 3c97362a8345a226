package com.claimstream.coding;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The whole ordered list (first = primary): adding, removing and reordering all send it.
 * Claims carry at most 12 diagnoses.
 */
record ReplaceDiagnosesRequest(@NotNull @Size(max = ClientDiagnoses.MAX,
		message = "A client has at most 12 diagnoses (a claim carries 12)") List<@NotNull String> codes) {

}
