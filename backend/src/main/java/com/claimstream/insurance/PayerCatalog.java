package com.claimstream.insurance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The insurers Claimstream bills (PRODUCT §6) and how a typed name is matched to them:
 * case-insensitively, ignoring punctuation and spacing. A name equal to a payer's name or
 * alias matches it; otherwise a name of three characters or more that starts a word of
 * payer names or aliases matches each payer it occurs in (one is a match, several are
 * ambiguous). Medicare, Medicaid and Tricare are recognised anywhere in the name and
 * refused: Claimstream does not bill government programs.
 */
@Component
public class PayerCatalog {

	static final int MIN_PARTIAL = 3;

	private static final List<Payer> PAYERS = List.of(
			payer("aetna", "Aetna", "60054", true, "Aetna Health", "Aetna Better Health", "Aetna PPO"),
			payer("anthem-bcbs", "Anthem Blue Cross Blue Shield", "00227", true, "Anthem", "Anthem BCBS",
					"Anthem Blue Cross", "Elevance Health"),
			payer("bcbs", "Blue Cross Blue Shield", "00700", true, "BCBS", "BCBSA", "Blue Cross and Blue Shield",
					"Blue Shield", "Blue Card", "BlueCard"),
			payer("cigna", "Cigna", "62308", true, "Cigna Healthcare", "Cigna Behavioral Health", "Evernorth"),
			payer("emblemhealth", "EmblemHealth", "55247", false, "GHI", "Group Health Incorporated", "Emblem",
					"HIP Health Plan of New York", "EmblemHealth GHI"),
			payer("harvard-pilgrim", "Harvard Pilgrim Health Care", "04271", false, "Harvard Pilgrim", "HPHC",
					"Point32Health"),
			payer("kaiser", "Kaiser Permanente", "94134", false, "Kaiser", "KP", "Kaiser Foundation Health Plan"),
			payer("optum-bh", "Optum Behavioral Health", "OPTBH", true, "Optum", "United Behavioral Health", "UBH"),
			payer("oscar", "Oscar Health", "OSCAR", false, "Oscar"),
			payer("oxford", "Oxford Health Plans", "06111", true, "Oxford", "Oxford Health"),
			payer("uhc", "UnitedHealthcare", "87726", true, "UHC", "United Healthcare", "United Health Care",
					"UnitedHealth", "UnitedHealthcare UHC"),
			payer("umr", "UMR", "39026", true, "United Medical Resources"));

	/** Government programs and names that mean them. */
	private static final Map<String, List<String>> REFUSED = Map.of("Medicare",
			List.of("medicare", "medicare advantage", "cms"), "Medicaid",
			List.of("medicaid", "medi cal", "masshealth", "chip"), "Tricare", List.of("tricare", "champus", "champva"));

	public List<Payer> all() {
		return PAYERS;
	}

	public Optional<Payer> byId(String id) {
		return PAYERS.stream().filter((payer) -> payer.id().equals(id)).findFirst();
	}

	PayerLookup lookup(String typed) {
		String name = normalize(typed);
		if (name.isEmpty()) {
			return PayerLookup.of("all", PAYERS);
		}
		for (Map.Entry<String, List<String>> program : REFUSED.entrySet()) {
			if (program.getValue().stream().anyMatch((alias) -> containsWord(name, alias))) {
				return new PayerLookup(PayerLookup.REFUSED, List.of(), program.getKey(), program.getKey()
						+ " is not supported for claims: Claimstream bills commercial out-of-network plans only. "
						+ "The client stays Self-Pay.");
			}
		}
		List<Payer> exact = PAYERS.stream().filter((payer) -> names(payer).anyMatch(name::equals)).toList();
		if (!exact.isEmpty()) {
			return PayerLookup.of((exact.size() == 1) ? PayerLookup.MATCHED : PayerLookup.AMBIGUOUS, exact);
		}
		List<Payer> partial = (name.length() < MIN_PARTIAL) ? List.of()
				: PAYERS.stream()
					.filter((payer) -> names(payer).anyMatch((known) -> startsAWord(known, name)))
					.toList();
		return switch (partial.size()) {
			case 0 -> PayerLookup.of(PayerLookup.UNKNOWN, List.of());
			case 1 -> PayerLookup.of(PayerLookup.MATCHED, partial);
			default -> PayerLookup.of(PayerLookup.AMBIGUOUS, partial);
		};
	}

	private static java.util.stream.Stream<String> names(Payer payer) {
		List<String> names = new ArrayList<>(payer.aliases());
		names.add(payer.name());
		return names.stream().map(PayerCatalog::normalize);
	}

	/** Lower case, letters and digits only, words split by one space. */
	static String normalize(String name) {
		return String.join(" ",
				Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
					.filter((w) -> !w.isEmpty())
					.toList());
	}

	private static boolean startsAWord(String known, String typed) {
		return known.startsWith(typed) || known.contains(" " + typed);
	}

	private static boolean containsWord(String name, String word) {
		return (" " + name + " ").contains(" " + word + " ");
	}

	private static Payer payer(String id, String name, String sandboxPayerId, boolean supportsClaimstreamPay,
			String... aliases) {
		return new Payer(id, name, List.of(aliases), sandboxPayerId, supportsClaimstreamPay);
	}

}
