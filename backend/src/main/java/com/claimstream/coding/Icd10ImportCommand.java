package com.claimstream.coding;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.reactive.ReactiveWebServerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * {@code java -jar claimstream.jar import-icd10 FILE [--release=YYYY]}: imports a CMS
 * ICD-10-CM order file into the configured database, prints what changed and exits. The
 * application context starts with a server that opens no socket and without the demo
 * profile, so the command neither serves requests nor seeds the demo practice; Flyway
 * brings the schema up to date first, as at a normal start.
 */
public final class Icd10ImportCommand {

	public static final String NAME = "import-icd10";

	private static final String RELEASE = "--release=";

	private Icd10ImportCommand() {
	}

	public static boolean isCommand(String[] args) {
		return args.length > 0 && NAME.equals(args[0]);
	}

	/** Runs the command; answers the process exit code. */
	public static int run(Class<?> application, String[] args, PrintStream out) {
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		List<String> files = rest.stream().filter((arg) -> !arg.startsWith("--")).toList();
		if (files.size() != 1 || !Files.isRegularFile(Path.of(files.get(0)))) {
			out.println("Usage: java -jar claimstream.jar " + NAME + " FILE [--release=YYYY]");
			out.println("FILE: a CMS ICD-10-CM order file (icd10cm-order-YYYY.txt, plain or .gz)");
			return 2;
		}
		Path file = Path.of(files.get(0));
		String[] options = rest.stream().filter((arg) -> arg.startsWith("--")).toArray(String[]::new);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.properties("spring.main.banner-mode=off")
			.profiles("import")
			.initializers(Icd10ImportCommand::withoutServer)
			.run(options)) {
			Icd10Importer importer = context.getBean(Icd10Importer.class);
			long started = System.nanoTime();
			// the command's own thread, not an event loop: waiting for the import is its
			// job
			ImportCounts counts = release(rest).map((release) -> importer.importFile(file, release))
				.orElseGet(() -> importer.importFile(file))
				.toFuture()
				.join();
			out.printf("Imported %s in %d ms: %d added, %d changed, %d retired%n", file,
					Duration.ofNanos(System.nanoTime() - started).toMillis(), counts.added(), counts.changed(),
					counts.retired());
			return 0;
		}
		catch (CompletionException | IllegalArgumentException ex) {
			Throwable cause = (ex instanceof CompletionException) ? ex.getCause() : ex;
			out.println("Import failed: " + cause.getMessage());
			return 1;
		}
	}

	/**
	 * The web application context as usual (its filters and handlers are beans other
	 * beans need), with a server that never opens a socket.
	 */
	private static void withoutServer(ConfigurableApplicationContext context) {
		WebServer none = new WebServer() {

			@Override
			public void start() {
			}

			@Override
			public void stop() {
			}

			@Override
			public int getPort() {
				return -1;
			}

		};
		((GenericApplicationContext) context).registerBean(ReactiveWebServerFactory.class, () -> (handler) -> none);
	}

	private static Optional<Integer> release(List<String> args) {
		return args.stream()
			.filter((arg) -> arg.startsWith(RELEASE))
			.map((arg) -> Integer.parseInt(arg.substring(RELEASE.length())))
			.findFirst();
	}

}
