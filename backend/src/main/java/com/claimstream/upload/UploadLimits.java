package com.claimstream.upload;

import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.codec.multipart.DefaultPartHttpMessageReader;
import org.springframework.http.codec.multipart.PartEventHttpMessageReader;

import com.claimstream.common.BodyLimits;

/**
 * The multipart limits of every upload (UPL-01, UPL-02), set once on the readers WebFlux
 * uses, whose defaults are unbounded: a file part of at most
 * {@link BodyLimits#MAX_FILE_BYTES}, a few parts per request, small part headers.
 * Multipart bodies are read as a stream of {@code PartEvent}s (no temporary files); the
 * same limits bound the {@code Part} reader, which never writes to disk either.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

	/** Parts per request: the file and a few form fields. */
	static final int MAX_PARTS = 8;

	/** The headers of one part. */
	static final int MAX_HEADERS_BYTES = 8 * 1024;

	/** A form field that is not a file. */
	static final int MAX_FIELD_BYTES = 16 * 1024;

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	CodecCustomizer uploadLimitsCodecCustomizer() {
		return (configurer) -> configurer.defaultCodecs().configureDefaultCodec((codec) -> {
			if (codec instanceof PartEventHttpMessageReader events) {
				events.setMaxParts(MAX_PARTS);
				events.setMaxHeadersSize(MAX_HEADERS_BYTES);
				events.setMaxInMemorySize(MAX_FIELD_BYTES);
				events.setMaxPartSize(BodyLimits.MAX_FILE_BYTES);
			}
			if (codec instanceof DefaultPartHttpMessageReader parts) {
				parts.setMaxParts(MAX_PARTS);
				parts.setMaxHeadersSize(MAX_HEADERS_BYTES);
				parts.setMaxInMemorySize(BodyLimits.MAX_FILE_BYTES);
				parts.setMaxDiskUsagePerPart(0);
			}
		});
	}

}
