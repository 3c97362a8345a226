package com.claimstream.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ServerWebInputException;

import com.claimstream.common.BodyLimits;
import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.common.SecretBox;

/**
 * Receives, stores and serves uploaded files. A feature reads its multipart body as
 * {@code Flux<PartEvent>} (bounded by {@link UploadLimits}) and hands it to
 * {@link #receive}; it keeps the returned storage key in its own row. Files are sealed
 * with {@link SecretBox} under a context the feature names (its row), stored under random
 * names in {@code claimstream.uploads-dir}, outside the web root; a key that is not one
 * of ours is never turned into a path (UPL-06).
 */
@Service
public class Uploads {

	private static final Log logger = LogFactory.getLog(Uploads.class);

	/** The name of the file part in every upload form. */
	public static final String FILE_PART = "file";

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

	private static final String SANDBOX = "sandbox";

	private final Path directory;

	private final SecretBox box;

	private final MalwareScanner scanner;

	Uploads(@Value("${claimstream.uploads-dir:data/uploads}") Path directory, SecretBox box, MalwareScanner scanner) {
		this.directory = directory.toAbsolutePath().normalize();
		this.box = box;
		this.scanner = scanner;
	}

	/**
	 * The one file of the request, of one of the {@code allowed} types: 413 when larger
	 * than 10 MB (reading stops there, or before reading when the request's
	 * {@code Content-Length} says so), 422 when the malware scanner finds something in
	 * it, 503 when the scanner gives no verdict (fail closed, UPL-04), 415 when its
	 * content is not an allowed type, 400 when the request is not a sound multipart form
	 * with a {@value #FILE_PART} part.
	 */
	public Mono<UploadedFile> receive(Flux<PartEvent> parts, @Nullable Long contentLength, Set<FileType> allowed) {
		if (contentLength != null && contentLength > BodyLimits.MAX_BODY_BYTES) {
			// a body announced larger than any accepted form is refused before a byte of
			// it is read
			return Mono.error(() -> ProblemException.onField(Problem.UPLOAD_TOO_LARGE, FILE_PART,
					"The file is larger than 10 MB"));
		}
		return parts.windowUntil(PartEvent::isLast).concatMap((part) -> part.switchOnFirst((first, events) -> {
			PartEvent event = first.get();
			if (event instanceof FilePartEvent && FILE_PART.equals(event.name())) {
				return DataBufferUtils.join(events.map(PartEvent::content), BodyLimits.MAX_FILE_BYTES)
					.map(Uploads::bytes);
			}
			return events.doOnNext((other) -> DataBufferUtils.release(other.content())).then(Mono.empty());
		}))
			.collectList()
			.onErrorMap(Uploads::problem)
			.flatMap((files) -> (files.size() == 1) ? Mono.just(files.get(0))
					: Mono.error(() -> ProblemException.onField(Problem.VALIDATION_FAILED, FILE_PART,
							"Attach one file in the \"file\" field")))
			.flatMap((content) -> scan(content).thenReturn(content))
			.flatMap((content) -> FileType.of(content)
				.filter(allowed::contains)
				.map((type) -> Mono.just(new UploadedFile(content, type)))
				.orElseGet(() -> Mono.error(() -> ProblemException.onField(Problem.UPLOAD_TYPE_REFUSED, FILE_PART,
						"This file is not a PDF, JPEG or PNG (its content was checked, not its name)"))));
	}

	/**
	 * Completes when the scanner finds the content clean; every other answer, and none,
	 * refuses it.
	 */
	private Mono<Void> scan(byte[] content) {
		return this.scanner.scan(content)
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("the scanner gave no verdict")))
			.onErrorMap((ex) -> {
				logger.warn("Upload refused: the malware scanner gave no verdict (" + ex.getMessage() + ")");
				return new ProblemException(Problem.UPLOAD_SCAN_UNAVAILABLE,
						"The virus scanner did not answer, so the file was not stored. Try again in a few minutes.");
			})
			.flatMap((verdict) -> {
				if (verdict.clean()) {
					return Mono.empty();
				}
				logger.warn("Upload refused: the malware scanner found " + verdict.signature());
				return Mono.error(ProblemException.onField(Problem.UPLOAD_INFECTED, FILE_PART,
						"The virus scanner found " + verdict.signature() + " in this file; it was not stored"));
			});
	}

	/** Seals and writes the file; answers its storage key. */
	public Mono<String> store(UploadedFile file, String context) {
		String key = UUID.randomUUID().toString().replace("-", "");
		return Mono.fromCallable(() -> {
			Files.createDirectories(this.directory);
			Files.write(path(key), this.box.seal(file.content(), context), StandardOpenOption.CREATE_NEW);
			return key;
		}).subscribeOn(Schedulers.boundedElastic());
	}

	/** The content of a stored file; empty when there is no such file. */
	public Mono<byte[]> read(String key, String context) {
		return Mono.fromCallable(() -> {
			Path path = path(key);
			return Files.exists(path) ? this.box.openBytes(Files.readAllBytes(path), context) : null;
		}).subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * Deletes these stored files once the current transaction commits, and never if it
	 * does not: the rows that named them are gone with that commit. Every upload route
	 * runs in the transaction of its audit row, which commits after the handler answered.
	 */
	public Mono<Void> deleteAfterCommit(Collection<String> keys) {
		return onCompletion(TransactionSynchronization.STATUS_COMMITTED, keys);
	}

	/**
	 * Deletes this newly stored file when the current transaction rolls back: its row
	 * never existed.
	 */
	public Mono<Void> deleteUnlessCommitted(String key) {
		return onCompletion(TransactionSynchronization.STATUS_ROLLED_BACK, List.of(key));
	}

	private Mono<Void> onCompletion(int status, Collection<String> keys) {
		return TransactionSynchronizationManager.forCurrentTransaction().doOnNext((manager) -> {
			manager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public Mono<Void> afterCompletion(int completed) {
					return (completed != status) ? Mono.empty()
							: Flux.fromIterable(keys).concatMap(Uploads.this::delete).then().onErrorResume((ex) -> {
								logger.warn("A stored file could not be deleted: " + ex);
								return Mono.empty();
							});
				}
			});
		}).then();
	}

	/** Deletes a stored file, if it is there. */
	public Mono<Void> delete(String key) {
		return Mono.fromRunnable(() -> {
			try {
				Files.deleteIfExists(path(key));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).subscribeOn(Schedulers.boundedElastic()).then();
	}

	/**
	 * A stored file as a download (UPL-05): always an attachment under the server-made
	 * {@code name}, never sniffed, and sandboxed should a browser render it anyway.
	 */
	public static ResponseEntity<byte[]> download(byte[] content, FileType type, String name) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type.mediaType());
		headers.setContentDisposition(ContentDisposition.attachment().filename(name + "." + type.extension()).build());
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("Content-Security-Policy", SANDBOX);
		headers.setCacheControl("private, no-store");
		return ResponseEntity.ok().headers(headers).body(content);
	}

	private Path path(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a storage key");
		}
		return this.directory.resolve(key);
	}

	private static byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private static Throwable problem(Throwable ex) {
		if (ex instanceof ContentTooLargeException || ex instanceof DataBufferLimitException) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			if (String.valueOf(cause.getMessage()).startsWith("Part headers")) {
				return new ProblemException(Problem.MALFORMED_REQUEST, "The headers of a form part are too large");
			}
			return ProblemException.onField(Problem.UPLOAD_TOO_LARGE, FILE_PART, "The file is larger than 10 MB");
		}
		if (ex instanceof ServerWebInputException) {
			return new ProblemException(Problem.MALFORMED_REQUEST,
					"Send one file as multipart/form-data with at most " + UploadLimits.MAX_PARTS + " parts");
		}
		return ex;
	}

}
