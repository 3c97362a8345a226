package com.claimstream.support;

import java.time.Duration;
import java.time.Instant;

import com.claimstream.upload.ClamdAddress;
import com.claimstream.upload.ClamdProcess;
import com.claimstream.upload.ClamdScanner;

/**
 * The real clamd (Debian's {@code clamav-daemon}) every test upload is scanned by: its
 * own config, socket, TCP port on loopback and signature database, which holds only the
 * EICAR test signature (no download). Never skipped: CI installs the package
 * ({@code .ci/run}). A test may stop it to see uploads fail closed, and start it again.
 */
public final class Clamd {

	private static final Duration START = Duration.ofSeconds(60);

	private static int port;

	private static ClamdProcess process;

	private Clamd() {
	}

	/** Starts it for the run (once); answers the address the application scans at. */
	static synchronized ClamdAddress start() {
		if (process == null) {
			port = TestEnvironment.freePort();
			launch();
			Runtime.getRuntime().addShutdownHook(new Thread(Clamd::stop));
		}
		return process.tcp().orElseThrow();
	}

	/** Its local socket, a second way in. */
	public static synchronized ClamdAddress socket() {
		start();
		return process.socket();
	}

	/** Stops it: the scanner is down until {@link #restart()}. */
	public static synchronized void stop() {
		if (process != null && process.isAlive()) {
			process.close();
		}
	}

	/** Starts it again on the same port, and waits until it answers. */
	public static synchronized void restart() {
		stop();
		launch();
	}

	private static void launch() {
		process = ClamdProcess.start(
				ClamdProcess.binary()
					.orElseThrow(() -> new IllegalStateException(
							"clamd is not installed: apt-get install clamav-daemon (.ci/run installs it)")),
				null, port);
		awaitReady();
	}

	/** Waits until it answers a scan; fails with its log when it does not in time. */
	private static void awaitReady() {
		ClamdScanner scanner = new ClamdScanner(process::socket, Duration.ofSeconds(5));
		Instant deadline = Instant.now().plus(START);
		while (Instant.now().isBefore(deadline) && process.isAlive()) {
			if (scanner.scan(new byte[1]).onErrorComplete().blockOptional().isPresent()) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		String log = process.log();
		process.close();
		throw new IllegalStateException("clamd did not start: " + log);
	}

}
