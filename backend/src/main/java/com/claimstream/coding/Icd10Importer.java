package com.claimstream.coding;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Service;

/**
 * Imports the official CMS ICD-10-CM order file (plain or gzip): adds new codes, updates
 * changed ones, retires codes the file no longer lists. Idempotent: the same file again
 * changes nothing. Each batch is one statement in its own transaction (a transaction open
 * for the whole file would hold back the live stream, ARCHITECTURE 4), so an interrupted
 * import is finished by running it again.
 */
@Service
public class Icd10Importer {

	static final int BATCH = 1000;

	/** A fiscal year in the file's name, as CMS names them: icd10cm-order-2021.txt. */
	private static final Pattern YEAR = Pattern.compile("(20[0-9]{2})");

	private final Icd10Repository codes;

	Icd10Importer(Icd10Repository codes) {
		this.codes = codes;
	}

	/**
	 * Imports {@code file} as the release its name gives (the fiscal year).
	 */
	public Mono<ImportCounts> importFile(Path file) {
		return Mono.fromCallable(() -> release(file)).flatMap((release) -> importFile(file, release));
	}

	/** Imports {@code file} as the order file of fiscal year {@code release}. */
	public Mono<ImportCounts> importFile(Path file, int release) {
		return Flux.using(() -> reader(file), (reader) -> Flux.fromStream(reader.lines()), Icd10Importer::close)
			.index((number, line) -> Icd10OrderLine.parse(number + 1, line))
			.buffer(BATCH)
			.subscribeOn(Schedulers.boundedElastic())
			.concatMap((batch) -> this.codes.upsert(batch, release))
			.reduce(new ImportCounts(0, 0, 0), ImportCounts::plus)
			.flatMap((counts) -> this.codes.retireUnseen(release)
				.map((retired) -> counts.plus(new ImportCounts(0, 0, retired))));
	}

	/** The fiscal year in the file's name. */
	static int release(Path file) {
		Matcher year = YEAR.matcher(file.getFileName().toString());
		if (!year.find()) {
			throw new IllegalArgumentException(
					"The file name does not say its fiscal year (like icd10cm-order-2021.txt): give it with --release=YYYY");
		}
		return Integer.parseInt(year.group(1));
	}

	private static BufferedReader reader(Path file) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file));
		in.mark(2);
		boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
		in.reset();
		return new BufferedReader(
				new InputStreamReader(gzip ? new GZIPInputStream(in, 1 << 16) : in, StandardCharsets.ISO_8859_1));
	}

	private static void close(@Nullable BufferedReader reader) {
		try {
			if (reader != null) {
				reader.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
