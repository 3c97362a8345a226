package com.claimstream.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link MalwareScanner} on ClamAV's daemon: one connection per file, the file streamed
 * with clamd's {@code INSTREAM} command (4-byte big-endian length, then that many bytes;
 * a zero length ends it) and its one-line answer read: {@code stream: OK},
 * {@code stream: <signature> FOUND} or {@code ... ERROR}. Anything but the first two, and
 * no answer within the timeout (the connection is then closed), is an error.
 */
public final class ClamdScanner implements MalwareScanner {

	private static final int CHUNK = 64 * 1024;

	private static final int MAX_REPLY = 1024;

	private static final String PREFIX = "stream: ";

	private static final String FOUND = " FOUND";

	private final Supplier<ClamdAddress> address;

	private final Duration timeout;

	/** A scanner on the clamd the supplier names when each file is scanned. */
	public ClamdScanner(Supplier<ClamdAddress> address, Duration timeout) {
		this.address = address;
		this.timeout = timeout;
	}

	@Override
	public Mono<ScanVerdict> scan(byte[] content) {
		return Mono.defer(() -> {
			ClamdAddress clamd = this.address.get();
			return Mono.using(clamd::open, (channel) -> Mono.fromCallable(() -> {
				try {
					return exchange(channel, clamd, content);
				}
				catch (ClosedChannelException ex) {
					// closed by the timeout, which already answered: nothing to report
					return null;
				}
			}), ClamdScanner::close);
		})
			.subscribeOn(Schedulers.boundedElastic())
			.timeout(this.timeout)
			.switchIfEmpty(Mono.error(() -> new ScannerFailure("clamd gave no verdict", null)))
			.onErrorMap((ex) -> !(ex instanceof ScannerFailure),
					(ex) -> new ScannerFailure("clamd gave no answer: " + ex, ex));
	}

	private static ScanVerdict exchange(SocketChannel channel, ClamdAddress clamd, byte[] content) throws IOException {
		channel.connect(clamd.socketAddress());
		write(channel, ByteBuffer.wrap("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII)));
		for (int offset = 0; offset < content.length; offset += CHUNK) {
			int length = Math.min(CHUNK, content.length - offset);
			write(channel, ByteBuffer.allocate(4).putInt(0, length));
			write(channel, ByteBuffer.wrap(content, offset, length));
		}
		write(channel, ByteBuffer.allocate(4));
		return verdict(reply(channel));
	}

	static ScanVerdict verdict(String reply) {
		if (reply.equals(PREFIX + "OK")) {
			return ScanVerdict.CLEAN;
		}
		if (reply.startsWith(PREFIX) && reply.endsWith(FOUND) && reply.length() > PREFIX.length() + FOUND.length()) {
			return new ScanVerdict(reply.substring(PREFIX.length(), reply.length() - FOUND.length()));
		}
		throw new ScannerFailure("clamd answered \"" + reply + "\"", null);
	}

	private static void write(SocketChannel channel, ByteBuffer buffer) throws IOException {
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
	}

	/** clamd's answer, up to the {@code \0} that ends it (the {@code z} commands). */
	private static String reply(SocketChannel channel) throws IOException {
		ByteBuffer reply = ByteBuffer.allocate(MAX_REPLY);
		while (reply.hasRemaining() && channel.read(reply) >= 0) {
			if (reply.position() > 0 && reply.get(reply.position() - 1) == 0) {
				return new String(reply.array(), 0, reply.position() - 1, StandardCharsets.US_ASCII).trim();
			}
		}
		throw new ScannerFailure("clamd closed the connection without a verdict", null);
	}

	private static void close(SocketChannel channel) {
		try {
			channel.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The scanner gave no verdict. */
	static final class ScannerFailure extends RuntimeException {

		ScannerFailure(String message, @Nullable Throwable cause) {
			super(message, cause);
		}

	}

}
