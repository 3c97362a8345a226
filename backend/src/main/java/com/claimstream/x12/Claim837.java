package com.claimstream.x12;

import java.util.ArrayList;
import java.util.List;

import com.imsweb.x12.Loop;
import com.imsweb.x12.Segment;
import com.imsweb.x12.reader.X12Reader.FileType;
import org.jspecify.annotations.Nullable;

import com.claimstream.x12.ProfessionalClaim.BillingProvider;
import com.claimstream.x12.ProfessionalClaim.Patient;
import com.claimstream.x12.ProfessionalClaim.Payer;
import com.claimstream.x12.ProfessionalClaim.RenderingProvider;
import com.claimstream.x12.ProfessionalClaim.ServiceLine;
import com.claimstream.x12.ProfessionalClaim.Subscriber;

import static com.claimstream.x12.Segments.add;
import static com.claimstream.x12.Segments.amount;
import static com.claimstream.x12.Segments.components;
import static com.claimstream.x12.Segments.composite;
import static com.claimstream.x12.Segments.date;
import static com.claimstream.x12.Segments.loop;
import static com.claimstream.x12.Segments.required;
import static com.claimstream.x12.Segments.value;

/**
 * The 005010X222A1 837P: one claim per file, written from a {@link ProfessionalClaim} and
 * read back into one.
 */
public final class Claim837 {

	public static final String VERSION = "005010X222A1";

	static final FileType TYPE = FileType.ANSI837_5010_X222;

	/** Who submits: Claimstream (1000A). */
	private static final String SUBMITTER = "CLAIMSTREAM";

	/** ABK (principal) for the first diagnosis, ABF for the others. */
	private static final String PRINCIPAL = "ABK";

	private static final String OTHER = "ABF";

	private Claim837() {
	}

	public static String write(ProfessionalClaim claim, Interchange interchange, String receiverName) {
		return Segments.write(TYPE, interchange, "HC", "837", VERSION,
				(header) -> header(header, claim, interchange, receiverName), (detail) -> detail(detail, claim));
	}

	private static void header(Loop header, ProfessionalClaim claim, Interchange interchange, String receiverName) {
		add(header, "BHT", "0019", "00", claim.claimNumber(), date(interchange.createdAt().toLocalDate()),
				Segments.time(interchange.createdAt()), "CH");
		Loop submitter = loop(header, "1000A");
		add(submitter, "NM1", "41", "2", SUBMITTER, "", "", "", "", "46", SUBMITTER);
		add(submitter, "PER", "IC", "CLAIMSTREAM EDI", "EM", "edi@claimstream.example");
		Loop receiver = loop(header, "1000B");
		add(receiver, "NM1", "40", "2", receiverName, "", "", "", "", "46", interchange.receiverId());
	}

	private static void detail(Loop detail, ProfessionalClaim claim) {
		Loop billing = loop(detail, "2000A");
		add(billing, "HL", "1", "", "20", "1");
		BillingProvider provider = claim.billing();
		Loop billingName = loop(billing, "2010AA");
		add(billingName, "NM1", "85", "2", provider.name(), "", "", "", "", "XX", provider.npi());
		address(billingName, provider.address());
		add(billingName, "REF", "EI", provider.taxId());
		Loop subscriber = loop(billing, "2000B");
		Patient patient = claim.patient();
		add(subscriber, "HL", "2", "1", "22", (patient != null) ? "1" : "0");
		add(subscriber, "SBR", "P", (patient != null) ? "" : "18", claim.subscriber().groupNumber(), "", "", "", "", "",
				"CI");
		Subscriber insured = claim.subscriber();
		Loop subscriberName = loop(subscriber, "2010BA");
		add(subscriberName, "NM1", "IL", "1", insured.person().lastName(), insured.person().firstName(), "", "", "",
				"MI", insured.memberId());
		person(subscriberName, insured.person());
		Payer payer = claim.payer();
		Loop payerName = loop(subscriber, "2010BB");
		add(payerName, "NM1", "PR", "2", payer.name(), "", "", "", "", "PI", payer.payerId());
		Loop claimParent = subscriber;
		if (patient != null) {
			claimParent = loop(subscriber, "2000C");
			add(claimParent, "HL", "3", "2", "23", "0");
			add(claimParent, "PAT", patient.relationship());
			Loop patientName = loop(claimParent, "2010CA");
			add(patientName, "NM1", "QC", "1", patient.person().lastName(), patient.person().firstName());
			person(patientName, patient.person());
		}
		claim(loop(claimParent, "2300"), claim);
	}

	private static void claim(Loop loop, ProfessionalClaim claim) {
		ServiceLine line = claim.line();
		add(loop, "CLM", claim.claimNumber(), amount(line.chargeCents()), "", "",
				composite(List.of(line.placeOfService(), "B", "1")), "Y", "A", "Y", "Y");
		List<String> diagnoses = new ArrayList<>();
		for (int i = 0; i < claim.diagnoses().size(); i++) {
			diagnoses.add(composite(List.of((i == 0) ? PRINCIPAL : OTHER, claim.diagnoses().get(i))));
		}
		add(loop, "HI", diagnoses.toArray(String[]::new));
		Loop rendering = loop(loop, "2310B");
		RenderingProvider clinician = claim.rendering();
		add(rendering, "NM1", "82", "1", clinician.lastName(), clinician.firstName(), "", "", "", "XX",
				clinician.npi());
		Loop service = loop(loop, "2400");
		add(service, "LX", "1");
		List<String> procedure = new ArrayList<>(List.of("HC", line.cpt()));
		procedure.addAll(line.modifiers());
		List<String> pointers = new ArrayList<>();
		for (int i = 1; i <= Math.min(4, claim.diagnoses().size()); i++) {
			pointers.add(Integer.toString(i));
		}
		add(service, "SV1", composite(procedure), amount(line.chargeCents()), "UN", Integer.toString(line.units()),
				line.placeOfService(), "", composite(pointers));
		add(service, "DTP", "472", "D8", date(line.dateOfService()));
	}

	private static void person(Loop loop, Person person) {
		address(loop, person.address());
		add(loop, "DMG", "D8", date(person.dateOfBirth()), person.sex());
	}

	private static void address(Loop loop, StreetAddress address) {
		add(loop, "N3", address.line1(), address.line2());
		add(loop, "N4", address.city(), address.state(), address.postalCode().replace("-", ""));
	}

	/** Reads the (first) claim of an 837P file. */
	public static ProfessionalClaim read(String file) {
		Loop interchange = Segments.read(TYPE, file).interchange();
		Loop billing = Segments.transaction(interchange).getLoop("DETAIL").getLoop("2000A");
		Loop billingName = billing.getLoop("2010AA");
		Segment provider = billingName.getSegment("NM1");
		BillingProvider billingProvider = new BillingProvider(required(provider, 3), required(provider, 9),
				required(billingName.getSegment("REF"), 2), address(billingName));
		Loop subscriber = billing.getLoop("2000B");
		Loop subscriberName = subscriber.getLoop("2010BA");
		Segment insured = subscriberName.getSegment("NM1");
		Subscriber policyHolder = new Subscriber(required(insured, 9), value(subscriber.getSegment("SBR"), 3),
				person(subscriberName));
		Segment payer = subscriber.getLoop("2010BB").getSegment("NM1");
		Patient patient = null;
		Loop claimParent = subscriber;
		if (subscriber.hasLoop("2000C")) {
			claimParent = subscriber.getLoop("2000C");
			patient = new Patient(required(claimParent.getSegment("PAT"), 1), person(claimParent.getLoop("2010CA")));
		}
		Loop claim = claimParent.getLoop("2300");
		Segment clm = claim.getSegment("CLM");
		List<String> diagnoses = new ArrayList<>();
		Segment hi = claim.getSegment("HI");
		for (int i = 1; i <= hi.size(); i++) {
			List<String> code = components(hi, i);
			if (code.size() > 1) {
				diagnoses.add(code.get(1));
			}
		}
		Segment rendering = claim.getLoop("2310B").getSegment("NM1");
		Loop service = claim.getLoop("2400");
		Segment sv1 = service.getSegment("SV1");
		List<String> procedure = components(sv1, 1);
		ServiceLine line = new ServiceLine(procedure.get(1), procedure.subList(2, procedure.size()),
				components(clm, 5).get(0), Integer.parseInt(required(sv1, 4)), Segments.cents(required(sv1, 2)),
				date(required(service.getSegment("DTP"), 3)));
		return new ProfessionalClaim(required(clm, 1), billingProvider,
				new RenderingProvider(required(rendering, 3), orEmpty(value(rendering, 4)), required(rendering, 9)),
				policyHolder, patient, new Payer(required(payer, 3), required(payer, 9)), diagnoses, line);
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static Person person(Loop loop) {
		Segment name = loop.getSegment("NM1");
		Segment demographics = loop.getSegment("DMG");
		return new Person(required(name, 3), required(name, 4), date(required(demographics, 2)),
				required(demographics, 3), address(loop));
	}

	private static StreetAddress address(Loop loop) {
		Segment street = loop.getSegment("N3");
		Segment city = loop.getSegment("N4");
		return new StreetAddress(required(street, 1), value(street, 2), required(city, 1), required(city, 2),
				required(city, 3));
	}

}
