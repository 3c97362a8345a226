package com.claimstream.coding;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A CPT code a therapy practice bills (descriptions in our words, not the AMA's).
 *
 * @param addOn whether it is only ever billed with one of {@code addOnTo}
 * @param addOnTo the primary codes an add-on goes with (empty for a primary code)
 * @param minMinutes the shortest session the code fits, when time defines it
 * @param maxMinutes the longest, when bounded
 */
public record ProcedureCode(String code, String description, boolean addOn, List<String> addOnTo,
		@Nullable Integer minMinutes, @Nullable Integer maxMinutes) {

	static ProcedureCode primary(String code, String description) {
		return new ProcedureCode(code, description, false, List.of(), null, null);
	}

	static ProcedureCode timed(String code, String description, int min, @Nullable Integer max) {
		return new ProcedureCode(code, description, false, List.of(), min, max);
	}

	ProcedureCode asAddOnTo(List<String> primaries) {
		return new ProcedureCode(this.code, this.description, true, primaries, this.minMinutes, this.maxMinutes);
	}

	boolean fits(int minutes) {
		return (this.minMinutes == null || minutes >= this.minMinutes)
				&& (this.maxMinutes == null || minutes <= this.maxMinutes);
	}

}
