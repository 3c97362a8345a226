package com.claimstream.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.util.retry.Retry;

import com.claimstream.support.Clamd;
import com.claimstream.support.UploadSamples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The clamd adapter against a real clamd (its local socket; the API tests use its TCP
 * port), and against servers that are not a working clamd: each of those is an error,
 * never a clean verdict (UPL-04 fails closed).
 */
class ClamdScannerTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	@Test
	void aRealClamdFindsTheTestSignatureAndPassesCleanFiles() {
		ClamdScanner scanner = new ClamdScanner(Clamd::socket, Duration.ofSeconds(30));
		assertThat(scanner.scan(UploadSamples.eicar()).block().signature())
			.isEqualTo("Claimstream.Test.EICAR.UNOFFICIAL");
		assertThat(scanner.scan(UploadSamples.pdfCarryingEicar()).block().clean()).isFalse();
		assertThat(scanner.scan(UploadSamples.pdfOfSize(10 * 1024 * 1024)).block().clean()).isTrue();
		assertThat(scanner.scan(UploadSamples.png()).block().clean()).isTrue();
	}

	@Test
	void aScannerThatNeverAnswersIsAnErrorOnceTheTimeoutPassed() throws IOException {
		try (FakeServer silent = new FakeServer((socket) -> drain(socket))) {
			assertThatThrownBy(() -> silent.scanner().scan(UploadSamples.pdf()).block())
				.isInstanceOf(ClamdScanner.ScannerFailure.class);
		}
	}

	@Test
	void anAnswerThatIsNeitherCleanNorFoundIsAnError() throws IOException {
		for (String answer : new String[] { "stream: INSTREAM size limit exceeded. ERROR\0", "stream: \0",
				"UNKNOWN COMMAND\0", "" }) {
			try (FakeServer confused = new FakeServer((socket) -> answer(socket, answer))) {
				assertThatThrownBy(() -> confused.scanner().scan(UploadSamples.pdf()).block()).as(answer)
					.isInstanceOf(ClamdScanner.ScannerFailure.class);
			}
		}
	}

	@Test
	void nobodyListeningIsAnError(@TempDir Path directory) {
		ClamdScanner scanner = new ClamdScanner(() -> ClamdAddress.unix(directory.resolve("no.sock")), TIMEOUT);
		assertThatThrownBy(() -> scanner.scan(UploadSamples.pdf()).block())
			.isInstanceOf(ClamdScanner.ScannerFailure.class);
	}

	// the demo's scanner: the application's own clamd, with the test signature
	@Test
	void theDemosOwnClamdFindsTheTestSignature(@TempDir Path noSignatures) {
		try (LocalClamd local = new LocalClamd(noSignatures, Duration.ofSeconds(30))) {
			ScanVerdict verdict = local.scan(UploadSamples.eicar())
				.retryWhen(Retry.fixedDelay(600, Duration.ofMillis(100)))
				.block();
			assertThat(verdict.signature()).isEqualTo("Claimstream.Test.EICAR.UNOFFICIAL");
			assertThat(local.scan(UploadSamples.pdf()).block().clean()).isTrue();
		}
	}

	@Test
	void addressesAreALocalSocketOrTcp() {
		assertThat(ClamdAddress.parse("unix:/run/clamav/clamd.ctl")).hasToString("unix:/run/clamav/clamd.ctl");
		assertThat(ClamdAddress.parse("tcp://127.0.0.1:3310")).hasToString("tcp://127.0.0.1:3310");
		for (String wrong : new String[] { "127.0.0.1:3310", "tcp://nohost", "http://127.0.0.1:3310" }) {
			assertThatThrownBy(() -> ClamdAddress.parse(wrong)).isInstanceOf(IllegalArgumentException.class);
		}
	}

	private static void drain(Socket socket) {
		try (InputStream in = socket.getInputStream()) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			// the scanner closed the connection
		}
	}

	private static void answer(Socket socket, String answer) {
		try (socket) {
			socket.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
			socket.shutdownOutput();
			drain(socket);
		}
		catch (IOException ex) {
			// the scanner closed the connection
		}
	}

	/** A TCP server on loopback that treats each connection its own way. */
	private static final class FakeServer implements AutoCloseable {

		private final ServerSocket server;

		FakeServer(Consumer<Socket> connection) throws IOException {
			this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
			daemon(() -> {
				while (!this.server.isClosed()) {
					try {
						Socket socket = this.server.accept();
						daemon(() -> connection.accept(socket));
					}
					catch (IOException ex) {
						return;
					}
				}
			});
		}

		private static void daemon(Runnable work) {
			Thread thread = new Thread(work);
			thread.setDaemon(true);
			thread.start();
		}

		ClamdScanner scanner() {
			return new ClamdScanner(() -> ClamdAddress.parse("tcp://127.0.0.1:" + this.server.getLocalPort()), TIMEOUT);
		}

		@Override
		public void close() throws IOException {
			this.server.close();
		}

	}

}
