package com.claimstream.coding;

/**
 * One line of the CMS order file (fixed width): order number in columns 1-5, the code
 * without its dot in 7-13, {@code 1} in 15 when billable, the short description in 17-76
 * and the long one from 78.
 */
final class Icd10OrderLine {

	private Icd10OrderLine() {
	}

	static Icd10Code parse(long number, String line) {
		if (line.length() < 78 || (line.charAt(14) != '0' && line.charAt(14) != '1')) {
			throw new IllegalArgumentException("Line " + number + " is not an ICD-10-CM order file line: " + line);
		}
		String code = line.substring(6, 13).strip();
		if (!code.equals(Icd10Code.stored(code))) {
			throw new IllegalArgumentException("Line " + number + " has no valid code: " + line);
		}
		return new Icd10Code(code, line.charAt(14) == '1', line.substring(16, 76).strip(), line.substring(77).strip(),
				false);
	}

}
