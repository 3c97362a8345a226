package com.claimstream.upload;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Which {@link MalwareScanner} uploads go through (ADR 0022), by
 * {@code claimstream.upload-scan.scanner}: {@code clamd} (a clamd the operator runs, at
 * {@code claimstream.upload-scan.clamd}; the default), {@code local-clamd} (the demo's:
 * the application runs its own) or {@code none} (no scanning, refused at start-up outside
 * the demo profile).
 */
@Configuration(proxyBeanMethods = false)
class UploadScanning {

	private static final Log logger = LogFactory.getLog(UploadScanning.class);

	@Bean
	MalwareScanner malwareScanner(@Value("${claimstream.upload-scan.scanner:clamd}") String scanner,
			@Value("${claimstream.upload-scan.clamd:unix:/run/clamav/clamd.ctl}") String clamd,
			@Value("${claimstream.upload-scan.signatures:/var/lib/clamav}") Path signatures,
			@Value("${claimstream.upload-scan.timeout:30s}") Duration timeout, Environment environment) {
		return switch (scanner) {
			case "clamd" -> {
				ClamdAddress address = ClamdAddress.parse(clamd);
				yield new ClamdScanner(() -> address, timeout);
			}
			case "local-clamd" -> new LocalClamd(signatures, timeout);
			case "none" -> unscanned(environment);
			default -> throw new IllegalStateException(
					"claimstream.upload-scan.scanner is clamd, local-clamd or none, not \"" + scanner + "\"");
		};
	}

	private static MalwareScanner unscanned(Environment environment) {
		if (!environment.acceptsProfiles(Profiles.of("demo"))) {
			throw new IllegalStateException("claimstream.upload-scan.scanner=none (no malware scanning) is only "
					+ "allowed in the demo profile: configure a clamd (claimstream.upload-scan.clamd)");
		}
		logger.warn("Uploads are NOT scanned for malware (claimstream.upload-scan.scanner=none, demo only)");
		return (content) -> {
			logger.warn("Upload of " + content.length + " bytes accepted without a malware scan (scanner=none)");
			return Mono.just(ScanVerdict.CLEAN);
		};
	}

}
