package com.claimstream.x12;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.imsweb.x12.Loop;
import com.imsweb.x12.Segment;
import com.imsweb.x12.reader.X12Reader.FileType;

import com.claimstream.x12.ClaimPayment.Adjustment;

import static com.claimstream.x12.Segments.add;
import static com.claimstream.x12.Segments.amount;
import static com.claimstream.x12.Segments.components;
import static com.claimstream.x12.Segments.composite;
import static com.claimstream.x12.Segments.date;
import static com.claimstream.x12.Segments.loop;
import static com.claimstream.x12.Segments.required;

/**
 * The 005010X221A1 835 remittance advice: written by the clearinghouse sandbox for the
 * payer, read by the claim feature. A check payment ({@code CHK}), or no payment
 * ({@code NON}) when nothing is paid.
 */
public final class Remittance835 {

	public static final String VERSION = "005010X221A1";

	static final FileType TYPE = FileType.ANSI835_5010_X221;

	private Remittance835() {
	}

	/**
	 * The remittance of a payment to one payee (the practice: its name, NPI and tax id).
	 */
	public static String write(List<ClaimPayment> claims, ClaimPayment.Payment payment, String payerName,
			String payeeName, String payeeNpi, String payeeTaxId, Interchange interchange) {
		long total = claims.stream().mapToLong(ClaimPayment::paidCents).sum();
		String when = date(payment.date());
		return Segments.write(TYPE, interchange, "HP", "835", VERSION, (header) -> {
			if (total > 0) {
				add(header, "BPR", "I", amount(total), "C", "CHK", "", "", "", "", "", "", "", "", "", "", "", when);
			}
			else {
				add(header, "BPR", "H", "0", "C", "NON", "", "", "", "", "", "", "", "", "", "", "", when);
			}
			add(header, "TRN", "1", payment.traceNumber(),
					(payment.payerTaxId() != null) ? "1" + payment.payerTaxId() : "");
			add(header, "DTM", "405", when);
			Loop payer = loop(header, "1000A");
			add(payer, "N1", "PR", payerName);
			add(payer, "N3", "1 PAYER PLAZA");
			add(payer, "N4", "HARTFORD", "CT", "06156");
			add(payer, "PER", "BL", "PROVIDER SERVICES", "TE", "8005550100");
			Loop payee = loop(header, "1000B");
			add(payee, "N1", "PE", payeeName, "XX", payeeNpi);
			add(payee, "REF", "TJ", payeeTaxId);
		}, (detail) -> {
			Loop number = loop(detail, "2000");
			add(number, "LX", "1");
			claims.forEach((claim) -> claim(loop(number, "2100"), claim));
		});
	}

	private static void claim(Loop loop, ClaimPayment claim) {
		add(loop, "CLP", claim.claimNumber(), claim.status(), amount(claim.chargeCents()), amount(claim.paidCents()),
				amount(claim.patientResponsibilityCents()), "12", claim.payerClaimNumber(), claim.placeOfService(),
				"1");
		add(loop, "NM1", "QC", "1", claim.patientLastName(), claim.patientFirstName(), "", "", "", "MI",
				claim.memberId());
		Loop line = loop(loop, "2110");
		add(line, "SVC", composite(List.of("HC", claim.cpt())), amount(claim.chargeCents()), amount(claim.paidCents()),
				"", Integer.toString(claim.units()));
		add(line, "DTM", "472", date(claim.dateOfService()));
		Map<String, List<Adjustment>> groups = new LinkedHashMap<>();
		claim.adjustments()
			.forEach((adjustment) -> groups.computeIfAbsent(adjustment.group(), (key) -> new ArrayList<>())
				.add(adjustment));
		groups.forEach((group, adjustments) -> {
			List<String> values = new ArrayList<>(List.of(group));
			adjustments.forEach(
					(adjustment) -> values.addAll(List.of(adjustment.reason(), amount(adjustment.amountCents()), "")));
			add(line, "CAS", values.toArray(String[]::new));
		});
		add(line, "AMT", "B6", amount(claim.allowedCents()));
		claim.remarks().forEach((remark) -> add(line, "LQ", "HE", remark));
	}

	/** The claims an 835 file pays or denies. */
	public static List<ClaimPayment> read(String file) {
		Loop interchange = Segments.read(TYPE, file).interchange();
		return Segments.all(Segments.transaction(interchange).getLoop("DETAIL"), "2100")
			.stream()
			.map(Remittance835::claim)
			.toList();
	}

	private static ClaimPayment claim(Loop loop) {
		Segment clp = loop.getSegment("CLP");
		Segment patient = loop.getSegment("NM1");
		Loop line = loop.getLoop("2110");
		Segment svc = line.getSegment("SVC");
		List<Adjustment> adjustments = new ArrayList<>();
		line.findSegment("CAS").forEach((cas) -> {
			String group = required(cas, 1);
			for (int i = 2; i + 1 <= cas.size(); i += 3) {
				String reason = Segments.value(cas, i);
				String amount = Segments.value(cas, i + 1);
				if (reason != null && amount != null) {
					adjustments.add(new Adjustment(group, reason, Segments.cents(amount)));
				}
			}
		});
		List<String> remarks = line.findSegment("LQ").stream().map((lq) -> required(lq, 2)).toList();
		String units = Segments.value(svc, 5);
		return new ClaimPayment(required(clp, 1), required(clp, 2), Segments.cents(required(clp, 3)),
				Segments.cents(required(clp, 4)), Segments.cents(required(clp, 5)), required(clp, 7), required(clp, 8),
				required(patient, 9), required(patient, 3), required(patient, 4), components(svc, 1).get(1),
				(units != null) ? Integer.parseInt(units) : 1, date(required(line.getSegment("DTM"), 2)),
				Segments.cents(required(line.getSegment("AMT"), 2)), adjustments, remarks);
	}

}
