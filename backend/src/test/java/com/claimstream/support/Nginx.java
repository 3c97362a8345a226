package com.claimstream.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A real nginx (the Debian package) in front of instances on loopback, started by
 * {@code infra/nginx/proxy.sh} with the repository's own config template and a fresh
 * self-signed certificate, which the clients here trust explicitly.
 */
public final class Nginx implements AutoCloseable {

	private static final List<Path> CANDIDATES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx"));

	/** Sign-up hashes a password (argon2): slow on a busy 2-core machine. */
	public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

	private final Process process;

	private final Path prefix;

	private final int httpsPort;

	private final int httpPort;

	private Nginx(Process process, Path prefix, int httpPort, int httpsPort) {
		this.process = process;
		this.prefix = prefix;
		this.httpPort = httpPort;
		this.httpsPort = httpsPort;
	}

	/** The nginx binary, when this machine has one. */
	public static Optional<Path> binary() {
		return CANDIDATES.stream().filter(Files::isExecutable).findFirst();
	}

	/** Starts nginx in front of the instances on {@code upstreamPorts} (127.0.0.1). */
	public static Nginx start(int httpPort, int httpsPort, List<Integer> upstreamPorts) {
		try {
			Path prefix = Files.createTempDirectory("claimstream-nginx");
			List<String> command = new ArrayList<>(List.of("bash", script().toString(), prefix.toString(),
					String.valueOf(httpPort), String.valueOf(httpsPort)));
			upstreamPorts.forEach((port) -> command.add("127.0.0.1:" + port));
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(prefix.resolve("proxy.out").toFile())
				.start();
			Nginx nginx = new Nginx(process, prefix, httpPort, httpsPort);
			nginx.awaitListening();
			return nginx;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What a browser's address bar shows. */
	public String origin() {
		return "https://localhost:" + this.httpsPort;
	}

	public int httpPort() {
		return this.httpPort;
	}

	/** A client that trusts this proxy's certificate (and checks the host name). */
	public HttpClient http() {
		Path certificate = this.prefix.resolve("tls/localhost.crt");
		return HttpClient.create()
			.secure((tls) -> tls.sslContext(Http11SslContextSpec.forClient()
				.configure((builder) -> builder.trustManager(certificate.toFile()))));
	}

	/** {@link #http()} as a {@code WebTestClient} on {@link #origin()}. */
	public WebTestClient webClient(HttpClient http) {
		return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
			.baseUrl(origin())
			.responseTimeout(RESPONSE_TIMEOUT)
			.build();
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void awaitListening() throws IOException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(deadline) && this.process.isAlive()) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", this.httpsPort), 500);
				return;
			}
			catch (IOException ex) {
				sleep();
			}
		}
		String output = Files.readString(this.prefix.resolve("proxy.out"));
		close();
		throw new IllegalStateException("nginx did not start: " + output);
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** {@code infra/nginx/proxy.sh}, found from the module's directory upwards. */
	private static Path script() {
		return Stream.iterate(Path.of("").toAbsolutePath(), (dir) -> dir != null, Path::getParent)
			.map((dir) -> dir.resolve("infra/nginx/proxy.sh"))
			.filter(Files::isRegularFile)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("infra/nginx/proxy.sh not found"));
	}

}
