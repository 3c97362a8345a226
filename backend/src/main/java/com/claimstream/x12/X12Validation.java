package com.claimstream.x12;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.imsweb.x12.reader.X12Reader.FileType;

/**
 * Checks a file as a clearinghouse's front end does before anything else: the
 * implementation guide's structure (the library's map: required segments and loops), and
 * the envelope: ISA is 106 characters, every ST/SE, GS/GE and ISA/IEA pair carries the
 * same control number, SE counts the segments of its transaction set, GE its transaction
 * sets, IEA its functional groups.
 */
public final class X12Validation {

	private static final Map<String, FileType> TYPES = Map.of("837", Claim837.TYPE, "277", Acknowledgment277.TYPE,
			"835", Remittance835.TYPE);

	/** ISA is fixed length: the segment terminator is its 106th character. */
	private static final int ISA_LENGTH = 106;

	private X12Validation() {
	}

	/** What is wrong with the file; empty when it is valid. */
	public static List<String> problems(String file) {
		String text = file.strip();
		if (!text.startsWith("ISA") || text.length() <= ISA_LENGTH) {
			return List.of("The file does not start with an ISA segment");
		}
		char element = text.charAt(3);
		char terminator = text.charAt(ISA_LENGTH - 1);
		List<String[]> segments = Arrays.stream(text.split(java.util.regex.Pattern.quote(String.valueOf(terminator))))
			.map(String::strip)
			.filter((segment) -> !segment.isEmpty())
			.map((segment) -> segment.split(java.util.regex.Pattern.quote(String.valueOf(element)), -1))
			.toList();
		List<String> problems = new ArrayList<>(envelope(segments));
		String set = segments.stream().filter((s) -> s[0].equals("ST")).map((s) -> s[1]).findFirst().orElse("");
		FileType type = TYPES.get(set);
		if (type == null) {
			problems.add("Unsupported transaction set: " + set);
			return problems;
		}
		try {
			problems.addAll(Segments.read(type, text).errors());
		}
		catch (X12Exception ex) {
			problems.add(ex.getMessage());
		}
		return problems;
	}

	/** The interchange control number (ISA13) of a file. */
	public static long controlNumber(String file) {
		String text = file.strip();
		if (!text.startsWith("ISA") || text.length() <= ISA_LENGTH) {
			throw new X12Exception("The file does not start with an ISA segment");
		}
		String[] isa = text.substring(0, ISA_LENGTH - 1)
			.split(java.util.regex.Pattern.quote(String.valueOf(text.charAt(3))), -1);
		try {
			return Long.parseLong(isa[13].trim());
		}
		catch (RuntimeException ex) {
			throw new X12Exception("ISA13 is not a control number", ex);
		}
	}

	private static List<String> envelope(List<String[]> segments) {
		List<String> problems = new ArrayList<>();
		String[] isa = segments.get(0);
		if (isa.length != 17) {
			problems.add("ISA has " + (isa.length - 1) + " elements, not 16");
			return problems;
		}
		int groups = 0;
		int sets = 0;
		int inSet = 0;
		String setControl = null;
		String groupControl = null;
		for (String[] segment : segments) {
			switch (segment[0]) {
				case "GS" -> {
					groups++;
					sets = 0;
					groupControl = element(segment, 6);
				}
				case "ST" -> {
					sets++;
					inSet = 1;
					setControl = element(segment, 2);
				}
				case "SE" -> {
					inSet++;
					check(problems, "SE01", element(segment, 1), Integer.toString(inSet));
					check(problems, "SE02", element(segment, 2), setControl);
					inSet = 0;
				}
				case "GE" -> {
					check(problems, "GE01", element(segment, 1), Integer.toString(sets));
					check(problems, "GE02", element(segment, 2), groupControl);
				}
				case "IEA" -> {
					check(problems, "IEA01", element(segment, 1), Integer.toString(groups));
					check(problems, "IEA02", element(segment, 2), isa[13]);
				}
				default -> {
					if (inSet > 0) {
						inSet++;
					}
				}
			}
		}
		if (!isa[13].matches("\\d{9}")) {
			problems.add("ISA13 is not nine digits: " + isa[13]);
		}
		return problems;
	}

	private static void check(List<String> problems, String element, String actual, String expected) {
		if (!actual.equals(expected)) {
			problems.add(element + " is " + actual + ", expected " + expected);
		}
	}

	private static String element(String[] segment, int position) {
		return (position < segment.length) ? segment[position] : "";
	}

}
