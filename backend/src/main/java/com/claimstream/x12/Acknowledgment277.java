package com.claimstream.x12;

import java.util.List;

import com.imsweb.x12.Loop;
import com.imsweb.x12.Segment;
import com.imsweb.x12.reader.X12Reader.FileType;

import static com.claimstream.x12.Segments.add;
import static com.claimstream.x12.Segments.amount;
import static com.claimstream.x12.Segments.components;
import static com.claimstream.x12.Segments.composite;
import static com.claimstream.x12.Segments.date;
import static com.claimstream.x12.Segments.loop;
import static com.claimstream.x12.Segments.required;
import static com.claimstream.x12.Segments.value;

/**
 * The 005010X214 277CA claim acknowledgment: one claim per file here, written by the
 * clearinghouse sandbox and read by the claim feature.
 */
public final class Acknowledgment277 {

	public static final String VERSION = "005010X214";

	static final FileType TYPE = FileType.ANSI837_5010_X214;

	private Acknowledgment277() {
	}

	public static String write(ClaimAcknowledgment ack, Interchange interchange) {
		String trace = Long.toString(interchange.controlNumber());
		String charge = amount(ack.chargeCents());
		String when = date(ack.statusDate());
		String quantity = ack.rejected() ? "QC" : "QA";
		String total = ack.rejected() ? "YY" : "YU";
		return Segments.write(
				TYPE, interchange, "HN", "277", VERSION, (header) -> add(header, "BHT", "0085", "08", trace,
						date(interchange.createdAt().toLocalDate()), Segments.time(interchange.createdAt()), "TH"),
				(detail) -> {
					Loop source = loop(detail, "2000A");
					add(source, "HL", "1", "", "20", "1");
					add(loop(source, "2100A"), "NM1", "PR", "2", ack.payerName(), "", "", "", "", "PI", ack.payerId());
					Loop sourceTrace = loop(source, "2200A");
					add(sourceTrace, "TRN", "1", trace);
					add(sourceTrace, "DTP", "050", "D8", when);
					add(sourceTrace, "DTP", "009", "D8", when);
					Loop receiver = loop(source, "2000B");
					add(receiver, "HL", "2", "1", "21", "1");
					add(loop(receiver, "2100B"), "NM1", "41", "2", "CLAIMSTREAM", "", "", "", "", "46", "CLAIMSTREAM");
					Loop receiverStatus = loop(receiver, "2200B");
					add(receiverStatus, "TRN", "2", trace);
					add(receiverStatus, "STC", composite(List.of("A1", "19")), when, "WQ", charge);
					add(receiverStatus, "QTY", ack.rejected() ? "AA" : "90", "1");
					add(receiverStatus, "AMT", ack.rejected() ? "YY" : "YU", charge);
					Loop provider = loop(receiver, "2000C");
					add(provider, "HL", "3", "2", "19", "1");
					add(loop(provider, "2100C"), "NM1", "85", "2", ack.billingName(), "", "", "", "", "XX",
							ack.billingNpi());
					Loop providerStatus = loop(provider, "2200C");
					add(providerStatus, "TRN", "1", "0");
					add(providerStatus, "STC", composite(List.of("A1", "19")), "", "WQ", charge);
					add(providerStatus, "QTY", quantity, "1");
					add(providerStatus, "AMT", total, charge);
					Loop patient = loop(provider, "2000D");
					add(patient, "HL", "4", "3", "PT");
					add(loop(patient, "2100D"), "NM1", "QC", "1", ack.patientLastName(), ack.patientFirstName(), "", "",
							"", "MI", ack.memberId());
					Loop claim = loop(patient, "2200D");
					add(claim, "TRN", "2", ack.claimNumber());
					add(claim, "STC", composite(List.of(ack.category(), ack.statusCode())), when,
							ack.rejected() ? "U" : "WQ", charge, "", "", "", "", "", "", "", ack.message());
					if (ack.payerClaimNumber() != null) {
						add(claim, "REF", "1K", ack.payerClaimNumber());
					}
					add(claim, "DTP", "472", "D8", date(ack.dateOfService()));
				});
	}

	/** The claims a 277CA file answers. */
	public static List<ClaimAcknowledgment> read(String file) {
		Loop interchange = Segments.read(TYPE, file).interchange();
		Loop source = Segments.transaction(interchange).getLoop("DETAIL").getLoop("2000A");
		Segment payer = source.getLoop("2100A").getSegment("NM1");
		return Segments.all(source, "2000C").stream().flatMap((provider) -> {
			Segment billing = provider.getLoop("2100C").getSegment("NM1");
			return Segments.all(provider, "2000D").stream().map((patient) -> {
				Segment name = patient.getLoop("2100D").getSegment("NM1");
				Loop claim = patient.getLoop("2200D");
				Segment status = claim.getSegment("STC");
				List<String> code = components(status, 1);
				return new ClaimAcknowledgment(required(claim.getSegment("TRN"), 2), required(payer, 3),
						required(payer, 9), required(billing, 3), required(billing, 9), required(name, 9),
						required(name, 3), required(name, 4), code.get(0), (code.size() > 1) ? code.get(1) : "",
						value(claim.getSegment("REF"), 2), value(status, 12), date(required(status, 2)),
						Segments.cents(required(status, 4)), date(required(claim.getSegment("DTP"), 3)));
			});
		}).toList();
	}

}
