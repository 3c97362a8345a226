package com.claimstream.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.util.FileSystemUtils;

/**
 * A clamd of our own (Debian's {@code clamav-daemon}): its config, signature database,
 * socket and log in one directory made for it, removed when it stops. The database holds
 * a signature of the EICAR test file, and links to the signatures of
 * {@code officialSignatures} when that directory has any (freshclam's
 * {@code /var/lib/clamav}).
 */
public final class ClamdProcess implements AutoCloseable {

	/** The EICAR test file's 68 bytes, anywhere in a file (ClamAV's body signature). */
	static final String EICAR_SIGNATURE = "Claimstream.Test.EICAR:0:*:"
			+ "58354f2150254041505b345c505a58353428505e2937434329377d2445494341522d5354414e44415244"
			+ "2d414e544956495255532d544553542d46494c452124482b482a";

	private static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/clamd"), Path.of("/usr/bin/clamd"),
			Path.of("/usr/local/sbin/clamd"));

	private static final List<String> OFFICIAL_EXTENSIONS = List.of(".cvd", ".cld", ".cud");

	private final Process process;

	private final Path directory;

	private final @Nullable Integer tcpPort;

	private ClamdProcess(Process process, Path directory, @Nullable Integer tcpPort) {
		this.process = process;
		this.directory = directory;
		this.tcpPort = tcpPort;
	}

	/** The clamd binary, when this machine has one. */
	public static Optional<Path> binary() {
		return BINARIES.stream().filter(Files::isExecutable).findFirst();
	}

	/**
	 * Starts clamd on a socket in a new directory (and on {@code tcpPort} of 127.0.0.1
	 * when given); it answers once its signatures are loaded.
	 */
	public static ClamdProcess start(Path binary, @Nullable Path officialSignatures, @Nullable Integer tcpPort) {
		try {
			Path directory = Files.createTempDirectory("claimstream-clamd");
			Path database = Files.createDirectory(directory.resolve("db"));
			Files.writeString(database.resolve("claimstream-test.ndb"), EICAR_SIGNATURE + "\n");
			linkOfficialSignatures(officialSignatures, database);
			StringBuilder config = new StringBuilder().append("DatabaseDirectory ")
				.append(database)
				.append("\nLocalSocket ")
				.append(directory.resolve("clamd.sock"))
				.append("\nTemporaryDirectory ")
				.append(directory)
				.append("\nForeground yes\n")
				// a little more than the largest upload, so a whole file is always
				// scanned
				.append("StreamMaxLength 11M\n");
			if (tcpPort != null) {
				config.append("TCPAddr 127.0.0.1\nTCPSocket ").append(tcpPort).append('\n');
			}
			Path configFile = Files.writeString(directory.resolve("clamd.conf"), config);
			Process process = new ProcessBuilder(binary.toString(), "--config-file=" + configFile)
				.redirectErrorStream(true)
				.redirectOutput(directory.resolve("clamd.log").toFile())
				.start();
			return new ClamdProcess(process, directory, tcpPort);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Its local socket. */
	public ClamdAddress socket() {
		return ClamdAddress.unix(this.directory.resolve("clamd.sock"));
	}

	/** Its TCP address, when it was given a port. */
	public Optional<ClamdAddress> tcp() {
		return Optional.ofNullable(this.tcpPort).map((port) -> ClamdAddress.parse("tcp://127.0.0.1:" + port));
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** What clamd printed. */
	public String log() {
		try {
			return Files.readString(this.directory.resolve("clamd.log"));
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		FileSystemUtils.deleteRecursively(this.directory.toFile());
	}

	/** Whether this directory holds signatures freshclam fetched. */
	public static boolean hasOfficialSignatures(@Nullable Path directory) {
		return !officialSignatures(directory).isEmpty();
	}

	private static void linkOfficialSignatures(@Nullable Path from, Path database) throws IOException {
		for (Path file : officialSignatures(from)) {
			Files.createSymbolicLink(database.resolve(file.getFileName()), file.toAbsolutePath());
		}
	}

	private static List<Path> officialSignatures(@Nullable Path directory) {
		if (directory == null || !Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(ClamdProcess::isOfficialSignature).toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private static boolean isOfficialSignature(Path file) {
		String name = file.getFileName().toString();
		return OFFICIAL_EXTENSIONS.stream().anyMatch(name::endsWith);
	}

}
