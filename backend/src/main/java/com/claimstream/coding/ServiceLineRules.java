package com.claimstream.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.claimstream.common.FieldError;

/**
 * The CPT rules of one charge (PRODUCT 8): known codes, at least one unit each, exactly
 * one primary code billed once, each add-on with a primary code it belongs to, each code
 * listed once (more of an untimed add-on are units), a timed add-on once.
 */
final class ServiceLineRules {

	private ServiceLineRules() {
	}

	static List<FieldError> check(List<ServiceLine> lines, Map<String, ProcedureCode> catalog) {
		List<FieldError> errors = new ArrayList<>();
		if (lines.isEmpty()) {
			errors.add(new FieldError("lines", "Add the session's CPT code"));
			return errors;
		}
		@Nullable String primary = null;
		Set<String> listed = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			ServiceLine line = lines.get(i);
			ProcedureCode code = catalog.get(line.cpt());
			String field = "lines[" + i + "]";
			if (code == null) {
				errors.add(new FieldError(field + ".cpt", line.cpt() + " is not a CPT code of the catalog"));
				continue;
			}
			if (!listed.add(code.code())) {
				errors.add(new FieldError(field + ".cpt", code.code() + " is listed twice: give it more units"));
			}
			if (line.units() < 1) {
				errors.add(new FieldError(field + ".units", "Bill at least 1 unit"));
			}
			else if (line.units() > 1 && (!code.addOn() || code.minMinutes() != null)) {
				errors.add(new FieldError(field + ".units", code.code() + " is billed once per session"));
			}
			if (!code.addOn()) {
				if (primary != null) {
					errors.add(new FieldError(field + ".cpt", "One primary CPT code per charge: " + primary
							+ " is already there (add-ons are the only other codes)"));
				}
				else {
					primary = code.code();
				}
			}
		}
		addOnErrors(lines, catalog, primary, errors);
		return errors;
	}

	private static void addOnErrors(List<ServiceLine> lines, Map<String, ProcedureCode> catalog,
			@Nullable String primary, List<FieldError> errors) {
		boolean anyPrimary = primary != null;
		@Nullable String timed = null;
		for (int i = 0; i < lines.size(); i++) {
			ProcedureCode code = catalog.get(lines.get(i).cpt());
			if (code == null || !code.addOn()) {
				continue;
			}
			String field = "lines[" + i + "].cpt";
			if (primary == null || !code.addOnTo().contains(primary)) {
				errors.add(new FieldError(field, code.code() + " is an add-on: it only goes with " + with(code)
						+ (anyPrimary ? ", not " + primary : "")));
			}
			if (code.minMinutes() != null && timed != null) {
				errors.add(new FieldError(field, "One psychotherapy add-on per visit: " + timed + " is already there"));
			}
			timed = (code.minMinutes() != null && timed == null) ? code.code() : timed;
		}
		if (!anyPrimary && errors.stream().noneMatch((error) -> error.field().endsWith(".cpt"))) {
			errors.add(new FieldError("lines", "A charge needs one primary CPT code"));
		}
	}

	private static String with(ProcedureCode addOn) {
		return (addOn.addOnTo().size() == 1) ? addOn.addOnTo().get(0) : "an E/M visit (99202-99205, 99212-99215)";
	}

}
