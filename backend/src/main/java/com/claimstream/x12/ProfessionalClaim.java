package com.claimstream.x12;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One professional claim as an 837P carries it (PRODUCT §12): the billing provider
 * (2010AA), the rendering provider (2310B), the subscriber (2010BA) and, when the patient
 * is someone else, the patient (2000C), the payer (2010BB), up to 12 diagnoses (HI, the
 * first is the principal one) and one service line (2400) pointing at the first four.
 *
 * @param claimNumber the patient control number (CLM01): how every answer names the claim
 * @param patient null when the subscriber is the patient
 */
public record ProfessionalClaim(String claimNumber, BillingProvider billing, RenderingProvider rendering,
		Subscriber subscriber, @Nullable Patient patient, Payer payer, List<String> diagnoses, ServiceLine line) {

	/** HI holds 12 diagnoses at most. */
	public static final int MAX_DIAGNOSES = 12;

	public ProfessionalClaim {
		if (diagnoses.isEmpty() || diagnoses.size() > MAX_DIAGNOSES) {
			throw new IllegalArgumentException("A claim has 1 to 12 diagnoses: " + diagnoses.size());
		}
		diagnoses = List.copyOf(diagnoses);
	}

	/** The practice that bills: its name, NPI (group or individual) and tax id (EIN). */
	public record BillingProvider(String name, String npi, String taxId, StreetAddress address) {

	}

	/** The clinician who saw the client. */
	public record RenderingProvider(String lastName, String firstName, String npi) {

	}

	/** The policy holder and their member id. */
	public record Subscriber(String memberId, @Nullable String groupNumber, Person person) {

	}

	/**
	 * The patient when not the subscriber.
	 *
	 * @param relationship PAT01: {@code 01} spouse, {@code 19} child, {@code G8} other
	 */
	public record Patient(String relationship, Person person) {

	}

	/** The payer and its X12 payer id. */
	public record Payer(String name, String payerId) {

	}

	/**
	 * The service line.
	 *
	 * @param modifiers up to four procedure modifiers
	 */
	public record ServiceLine(String cpt, List<String> modifiers, String placeOfService, int units, long chargeCents,
			LocalDate dateOfService) {

		public ServiceLine {
			if (modifiers.size() > 4 || units < 1 || chargeCents < 1) {
				throw new IllegalArgumentException("A service line has up to 4 modifiers, units and a charge");
			}
			modifiers = List.copyOf(modifiers);
		}

	}

}
