package com.claimstream.coding;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The command line of {@code import-icd10} and the order-file lines, without a database
 * (Icd10ImportTests imports the real file).
 */
class Icd10ImportCommandTests {

	@Test
	void onlyTheCommandNameStartsTheCommandAndAMissingFileShowsTheUsage() {
		assertThat(Icd10ImportCommand.isCommand(new String[] { "import-icd10", "x" })).isTrue();
		assertThat(Icd10ImportCommand.isCommand(new String[] { "--server.port=9090" })).isFalse();
		assertThat(Icd10ImportCommand.isCommand(new String[0])).isFalse();
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		int exit = Icd10ImportCommand.run(Object.class, new String[] { "import-icd10", "/no/such/file.txt" },
				new PrintStream(printed, true, StandardCharsets.UTF_8));
		assertThat(exit).isEqualTo(2);
		assertThat(printed.toString(StandardCharsets.UTF_8))
			.startsWith("Usage: java -jar claimstream.jar import-icd10");
	}

	@Test
	void theReleaseIsTheFiscalYearInTheFileName() {
		assertThat(Icd10Importer.release(Path.of("/data/icd10cm-order-2025.txt.gz"))).isEqualTo(2025);
		assertThatIllegalArgumentException().isThrownBy(() -> Icd10Importer.release(Path.of("codes.txt")))
			.withMessageContaining("--release=YYYY");
	}

	@Test
	void aLineIsReadByColumnsAndAMalformedOneIsNamedByItsNumber() {
		String line = "05705 F4310   1 Post-traumatic stress disorder, unspecified                  "
				+ "Post-traumatic stress disorder, unspecified";
		assertThat(Icd10OrderLine.parse(1, line)).isEqualTo(new Icd10Code("F4310", true,
				"Post-traumatic stress disorder, unspecified", "Post-traumatic stress disorder, unspecified", false));
		assertThatIllegalArgumentException().isThrownBy(() -> Icd10OrderLine.parse(7, "F4310 1 PTSD"))
			.withMessageStartingWith("Line 7 ");
	}

}
