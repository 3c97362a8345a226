package com.claimstream.upload;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The demo's scanner (ADR 0022): the application runs a clamd of its own when the machine
 * has one installed, with the EICAR test signature and the signatures freshclam keeps in
 * {@code signatures}. Without clamd it still starts, and refuses every upload (fail
 * closed) saying how to install it.
 */
final class LocalClamd implements MalwareScanner, AutoCloseable {

	private static final Log logger = LogFactory.getLog(LocalClamd.class);

	private final @Nullable ClamdProcess process;

	private final ClamdScanner scanner;

	LocalClamd(Path signatures, Duration timeout) {
		Optional<Path> binary = ClamdProcess.binary();
		if (binary.isEmpty()) {
			logger.warn("clamd is not installed: uploads are refused until it is (apt-get install clamav-daemon)");
		}
		this.process = binary.map((clamd) -> ClamdProcess.start(clamd, signatures, null)).orElse(null);
		if (this.process != null) {
			logger.info("Started clamd for upload scanning at " + this.process.socket() + " (test signature"
					+ (ClamdProcess.hasOfficialSignatures(signatures) ? " and the signatures in " + signatures
							: " only")
					+ ")");
		}
		this.scanner = new ClamdScanner(this::address, timeout);
	}

	@Override
	public Mono<ScanVerdict> scan(byte[] content) {
		return this.scanner.scan(content);
	}

	private ClamdAddress address() {
		if (this.process == null) {
			throw new ClamdScanner.ScannerFailure("clamd is not installed (apt-get install clamav-daemon)", null);
		}
		return this.process.socket();
	}

	@Override
	public void close() {
		if (this.process != null) {
			this.process.close();
		}
	}

}
