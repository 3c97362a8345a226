package com.claimstream.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import com.claimstream.common.FieldError;

/**
 * The CPT, place-of-service and modifier catalogs of PRODUCT 8, and the rules a charge's
 * codes must follow: one primary CPT code, once; an add-on only with a code it belongs to
 * (90840 with 90839; 90833, 90836 and 90838 with an E/M visit); more units of an untimed
 * add-on (90840 per extra 30 minutes), never a second timed one. Pure: no I/O.
 */
@Service
public class ServiceCatalog {

	static final List<String> EVALUATION_AND_MANAGEMENT = List.of("99202", "99203", "99204", "99205", "99212", "99213",
			"99214", "99215");

	private static final List<ProcedureCode> PROCEDURES = procedures();

	private static final Map<String, ProcedureCode> BY_CODE = PROCEDURES.stream()
		.collect(Collectors.toMap(ProcedureCode::code, Function.identity()));

	private static final List<PlaceOfService> PLACES = List.of(
			new PlaceOfService("02", "Telehealth provided other than in the client's home", true),
			new PlaceOfService("10", "Telehealth provided in the client's home", true),
			new PlaceOfService("11", "Office", false));

	static final Modifier TELEHEALTH = new Modifier("95",
			"Synchronous telemedicine service rendered via real-time interactive audio and video");

	public record Catalog(List<ProcedureCode> procedures, List<PlaceOfService> placesOfService,
			List<Modifier> modifiers) {

	}

	public Catalog catalog() {
		return new Catalog(PROCEDURES, PLACES, List.of(TELEHEALTH));
	}

	public Optional<ProcedureCode> procedure(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

	/**
	 * What is wrong with a charge's codes, field by field ({@code lines[1].cpt},
	 * {@code placeOfService}, {@code modifiers[0]}); empty when they may be billed
	 * together.
	 */
	public List<FieldError> check(List<ServiceLine> lines, String placeOfService, List<String> modifiers) {
		List<FieldError> errors = new ArrayList<>(ServiceLineRules.check(lines, BY_CODE));
		Optional<PlaceOfService> place = PLACES.stream().filter((p) -> p.code().equals(placeOfService)).findFirst();
		if (place.isEmpty()) {
			errors.add(new FieldError("placeOfService", "Choose place of service 02, 10 (telehealth) or 11 (office)"));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < modifiers.size(); i++) {
			String modifier = modifiers.get(i);
			if (!TELEHEALTH.code().equals(modifier) || !seen.add(modifier)) {
				errors.add(new FieldError("modifiers[" + i + "]", "Only modifier 95 (telehealth), once"));
			}
			else if (place.isPresent() && !place.get().telehealth()) {
				errors.add(new FieldError("modifiers[" + i + "]",
						"Modifier 95 marks a telehealth session: choose place of service 02 or 10"));
			}
		}
		return errors;
	}

	/**
	 * A hint when a timed code does not fit the session's length (90834 is for 38 to 52
	 * minutes), naming the code of its kind that does.
	 */
	public Optional<String> durationHint(String cpt, int minutes) {
		ProcedureCode code = BY_CODE.get(cpt);
		if (code == null || code.minMinutes() == null || code.fits(minutes)) {
			return Optional.empty();
		}
		String range = (code.maxMinutes() != null) ? code.minMinutes() + " to " + code.maxMinutes() + " minutes"
				: code.minMinutes() + " minutes or more";
		Optional<ProcedureCode> better = PROCEDURES.stream()
			.filter((other) -> other.minMinutes() != null && other.addOn() == code.addOn()
					&& other.addOnTo().equals(code.addOnTo()) && other.fits(minutes))
			.findFirst();
		return Optional.of(cpt + " is for sessions of " + range
				+ better.map((other) -> "; a " + minutes + "-minute session is " + other.code()).orElse(""));
	}

	private static List<ProcedureCode> procedures() {
		List<ProcedureCode> all = new ArrayList<>(List.of(
				ProcedureCode.primary("90791", "Psychiatric diagnostic evaluation"),
				ProcedureCode.primary("90792", "Psychiatric diagnostic evaluation with medical services"),
				ProcedureCode.timed("90832", "Psychotherapy, 30 minutes", 16, 37),
				ProcedureCode.timed("90834", "Psychotherapy, 45 minutes", 38, 52),
				ProcedureCode.timed("90837", "Psychotherapy, 60 minutes", 53, null),
				ProcedureCode.timed("90839", "Psychotherapy for crisis, first 60 minutes", 30, 74),
				new ProcedureCode("90840", "Psychotherapy for crisis, each additional 30 minutes", false, List.of(),
						null, null)
					.asAddOnTo(List.of("90839")),
				ProcedureCode.primary("90845", "Psychoanalysis"),
				ProcedureCode.timed("90846", "Family psychotherapy without the client present, 50 minutes", 26, null),
				ProcedureCode.timed("90847", "Family psychotherapy with the client present, 50 minutes", 26, null),
				ProcedureCode.primary("90853", "Group psychotherapy")));
		all.add(ProcedureCode.timed("90833", "Psychotherapy with an E/M visit, 30 minutes", 16, 37)
			.asAddOnTo(EVALUATION_AND_MANAGEMENT));
		all.add(ProcedureCode.timed("90836", "Psychotherapy with an E/M visit, 45 minutes", 38, 52)
			.asAddOnTo(EVALUATION_AND_MANAGEMENT));
		all.add(ProcedureCode.timed("90838", "Psychotherapy with an E/M visit, 60 minutes", 53, null)
			.asAddOnTo(EVALUATION_AND_MANAGEMENT));
		String[] levels = { "straightforward", "low", "moderate", "high" };
		for (int level = 0; level < 4; level++) {
			all.add(ProcedureCode.primary(EVALUATION_AND_MANAGEMENT.get(level),
					"Office visit, new patient, " + levels[level] + " medical decision making"));
		}
		for (int level = 0; level < 4; level++) {
			all.add(ProcedureCode.primary(EVALUATION_AND_MANAGEMENT.get(level + 4),
					"Office visit, established patient, " + levels[level] + " medical decision making"));
		}
		return List.copyOf(all);
	}

}
