package com.claimstream.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.claimstream.client.ClientProfile;
import com.claimstream.client.ClientRef;
import com.claimstream.coding.Diagnosis;
import com.claimstream.common.Address;
import com.claimstream.insurance.PolicyView;
import com.claimstream.insurance.Subscriber;
import com.claimstream.practice.ClaimProviders;
import com.claimstream.practice.ClinicianProfile;
import com.claimstream.practice.PracticeProfile;
import com.claimstream.x12.Person;
import com.claimstream.x12.ProfessionalClaim;
import com.claimstream.x12.ProfessionalClaim.BillingProvider;
import com.claimstream.x12.ProfessionalClaim.Patient;
import com.claimstream.x12.ProfessionalClaim.Payer;
import com.claimstream.x12.ProfessionalClaim.RenderingProvider;
import com.claimstream.x12.ProfessionalClaim.ServiceLine;
import com.claimstream.x12.StreetAddress;

/**
 * A claim built from what is on file (PRODUCT §12), or the list of what is missing. Pure:
 * the practice's group NPI bills when it has one, else the clinician's own; the client is
 * the patient, and the subscriber unless the policy names someone else.
 *
 * @param claim null when something is missing
 * @param policy the policy the claim is for, when there is one
 */
record ClaimDraft(List<MissingData> missing, @Nullable ProfessionalClaim claim, @Nullable PolicyView policy) {

	/** The facts a claim is built from. */
	record Facts(ClaimProviders providers, ClientRef client, ClientProfile profile, Optional<PolicyView> policy,
			List<Diagnosis> diagnoses) {

	}

	static ClaimDraft of(Claim claim, Facts facts) {
		List<MissingData> missing = new ArrayList<>();
		PracticeProfile practice = facts.providers().practice();
		ClinicianProfile clinician = facts.providers().clinician();
		if (practice.taxId() == null) {
			missing.add(MissingData.PRACTICE_TAX_ID);
		}
		StreetAddress practiceAddress = address(practice.address());
		if (practiceAddress == null) {
			missing.add(MissingData.PRACTICE_ADDRESS);
		}
		if (clinician.npi() == null) {
			missing.add(MissingData.RENDERING_NPI);
		}
		if (facts.client().dateOfBirth() == null) {
			missing.add(MissingData.CLIENT_DATE_OF_BIRTH);
		}
		StreetAddress clientAddress = address(facts.profile().address());
		if (clientAddress == null) {
			missing.add(MissingData.CLIENT_ADDRESS);
		}
		PolicyView policy = facts.policy().orElse(null);
		if (policy == null) {
			missing.add(MissingData.INSURANCE);
		}
		else if (policy.sandboxPayerId() == null) {
			missing.add(MissingData.PAYER);
		}
		List<String> codes = facts.diagnoses()
			.stream()
			.filter((diagnosis) -> diagnosis.billable() && !diagnosis.retired())
			.map(Diagnosis::code)
			.limit(ProfessionalClaim.MAX_DIAGNOSES)
			.toList();
		if (codes.isEmpty()) {
			missing.add(MissingData.DIAGNOSIS);
		}
		if (!missing.isEmpty() || policy == null || practiceAddress == null || clientAddress == null) {
			return new ClaimDraft(List.copyOf(missing), null, policy);
		}
		String billingName = (practice.legalName() != null) ? practice.legalName() : facts.providers().practiceName();
		String billingNpi = (practice.groupNpi() != null) ? practice.groupNpi() : clinician.npi();
		Person patient = new Person(facts.client().lastName(), facts.client().firstName(), facts.client().dateOfBirth(),
				sex(facts.profile().sexAtBirth()), clientAddress);
		Subscriber holder = policy.subscriber();
		boolean self = holder == null || "self".equals(policy.relationship());
		Person subscriber = self ? patient
				: new Person(holder.lastName(), holder.firstName(), holder.dateOfBirth(), "U", clientAddress);
		ProfessionalClaim built = new ProfessionalClaim(claim.claimNumber(),
				new BillingProvider(billingName, billingNpi, practice.taxId(), practiceAddress),
				rendering(clinician.name(), clinician.npi()),
				new ProfessionalClaim.Subscriber(policy.memberId(), policy.groupNumber(), subscriber),
				self ? null : new Patient(relationship(policy.relationship()), patient),
				new Payer(policy.payerName(), policy.sandboxPayerId()), codes,
				new ServiceLine(claim.cpt(), claim.modifiers(), claim.placeOfService(), claim.units(),
						claim.chargeCents(), claim.dateOfService()));
		return new ClaimDraft(List.of(), built, policy);
	}

	/** A clinician's name as NM1 wants it: the last word is the last name. */
	private static RenderingProvider rendering(String name, String npi) {
		String trimmed = name.trim();
		int space = trimmed.lastIndexOf(' ');
		return (space < 0) ? new RenderingProvider(trimmed, "", npi)
				: new RenderingProvider(trimmed.substring(space + 1), trimmed.substring(0, space), npi);
	}

	private static String sex(@Nullable String sexAtBirth) {
		if ("female".equals(sexAtBirth)) {
			return "F";
		}
		return "male".equals(sexAtBirth) ? "M" : "U";
	}

	/** PAT01: spouse 01, child 19, anyone else G8. */
	private static String relationship(String relationship) {
		return switch (relationship.toLowerCase(Locale.ROOT)) {
			case "spouse" -> "01";
			case "child" -> "19";
			default -> "G8";
		};
	}

	private static @Nullable StreetAddress address(@Nullable Address address) {
		if (address == null || address.line1() == null || address.city() == null || address.state() == null
				|| address.postalCode() == null) {
			return null;
		}
		return new StreetAddress(address.line1(), address.line2(), address.city(), address.state(),
				address.postalCode().replace("-", ""));
	}

}
