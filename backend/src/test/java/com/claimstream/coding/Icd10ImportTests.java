package com.claimstream.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.r2dbc.core.DatabaseClient;

import com.claimstream.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shipped codes against the official FY2021 CMS order file, and the importer on the
 * whole file (95,358 lines) into the test database: it only adds codes, so the other
 * tests' shipped codes stay as they are.
 */
@ApiTest
class Icd10ImportTests {

	static final String FILE = "shared/data/icd10cm/icd10cm-order-2021.txt.gz";

	/** Shipped codes added after FY2021, so absent from the file. */
	static final Set<String> NEWER_THAN_FILE = Set.of("F32A", "F4381", "F4389");

	/** Shipped as a later release has it: F43.8 became a category in FY2023. */
	static final Set<String> CHANGED_AFTER_FILE = Set.of("F438");

	private static final Pattern SHIPPED = Pattern
		.compile("\\('([A-Z0-9]+)', (true|false), '((?:[^']|'')*)', '((?:[^']|'')*)', (\\d{4}), (\\d{4})\\)");

	@Autowired
	Icd10Importer importer;

	@Autowired
	DatabaseClient database;

	@Test
	void everyShippedCodeIsTheOfficialFileCodeWithTheSameBillableFlagAndDescriptions() throws IOException {
		Map<String, Icd10Code> official = official(orderFile());
		Map<String, Shipped> shipped = shipped();
		assertThat(shipped).hasSizeGreaterThan(1000);
		for (Shipped code : shipped.values()) {
			if (NEWER_THAN_FILE.contains(code.code().code())) {
				assertThat(official).as(code.code().code()).doesNotContainKey(code.code().code());
				assertThat(code.firstSeen()).isGreaterThan(2021);
			}
			else if (CHANGED_AFTER_FILE.contains(code.code().code())) {
				assertThat(official.get(code.code().code()).billable()).isTrue();
				assertThat(code.code().billable()).isFalse();
				assertThat(code.lastSeen()).isGreaterThan(2021);
			}
			else {
				assertThat(code.code()).as(code.code().code()).isEqualTo(official.get(code.code().code()));
				assertThat(code.lastSeen()).isEqualTo(2021);
			}
		}
		assertThat(shipped.keySet()).containsAll(NEWER_THAN_FILE).containsAll(CHANGED_AFTER_FILE);
		assertThat(shipped.values().stream().filter((code) -> code.code().billable()).map(Shipped::code))
			.as("billable mental and behavioural codes (chapter F)")
			.filteredOn((code) -> code.code().startsWith("F"))
			.hasSize(768 - 1 + 3);
	}

	@Test
	void importingTheOfficialFileAddsTheRestAndASecondImportChangesNothing() throws IOException {
		Path file = orderFile();
		long started = System.nanoTime();
		ImportCounts first = this.importer.importFile(file).block();
		long firstMillis = (System.nanoTime() - started) / 1_000_000;
		started = System.nanoTime();
		ImportCounts second = this.importer.importFile(file).block();
		long secondMillis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("ICD-10-CM import of %s: %s in %d ms, again %s in %d ms%n", file, first, firstMillis, second,
				secondMillis);

		assertThat(first.changed()).isZero();
		assertThat(first.retired()).isZero();
		assertThat(second).isEqualTo(new ImportCounts(0, 0, 0));
		assertThat(count("true")).isEqualTo(95_358 + NEWER_THAN_FILE.size());
		// the file is older than these: it neither retires nor overwrites them
		assertThat(this.database.sql("select billable from icd10_code where code = 'F438'")
			.map((row) -> row.get(0, Boolean.class))
			.one()
			.block()).isFalse();
		assertThat(count("code in ('F32A', 'F4381', 'F4389') and not retired")).isEqualTo(3);
	}

	private long count(String condition) {
		return this.database.sql("select count(*) from icd10_code where " + condition)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

	static Path orderFile() {
		Path file = Stream.of(Path.of("..", FILE), Path.of("..", "..", FILE))
			.filter(Files::isRegularFile)
			.findFirst()
			.orElse(null);
		assumeTrue(file != null, "Skipped: the CMS order file ../" + FILE + " (beside the project) is absent");
		return file;
	}

	static Map<String, Icd10Code> official(Path file) throws IOException {
		Map<String, Icd10Code> codes = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.ISO_8859_1))) {
			long[] number = { 0 };
			reader.lines().forEach((line) -> {
				Icd10Code code = Icd10OrderLine.parse(++number[0], line);
				codes.put(code.code(), code);
			});
		}
		return codes;
	}

	/** What the migration inserts, read from the migration itself. */
	static Map<String, Shipped> shipped() throws IOException {
		String migration = new ClassPathResource("db/migration/V14__coding_icd10_diagnoses.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		Map<String, Shipped> shipped = new LinkedHashMap<>();
		Matcher row = SHIPPED.matcher(migration);
		while (row.find()) {
			Icd10Code code = new Icd10Code(row.group(1), Boolean.parseBoolean(row.group(2)),
					row.group(3).replace("''", "'"), row.group(4).replace("''", "'"), false);
			shipped.put(code.code(), new Shipped(code, Integer.parseInt(row.group(5)), Integer.parseInt(row.group(6))));
		}
		return shipped;
	}

	record Shipped(Icd10Code code, int firstSeen, int lastSeen) {
	}

}
