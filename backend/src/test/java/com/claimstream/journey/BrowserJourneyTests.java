package com.claimstream.journey;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.claimstream.support.ApiTest;
import com.claimstream.support.MovableClock;
import com.claimstream.support.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the Playwright journeys of {@code frontend/e2e} in real Chromium against this very
 * application (the built SPA, the real API, the embedded PostgreSQL), so they are part of
 * the one test command. Screenshots land in {@code frontend/test-results}, the output in
 * {@code backend/target/playwright.log}.
 */
@ApiTest
class BrowserJourneyTests {

	private static final Path FRONTEND = Path.of("..", "frontend").toAbsolutePath().normalize();

	@Autowired
	private MovableClock clock;

	@Test
	void journeysPassInChromium() throws IOException, InterruptedException {
		HttpServer clockControl = clockControl();
		try {
			runPlaywright("http://127.0.0.1:" + clockControl.getAddress().getPort());
		}
		finally {
			clockControl.stop(0);
			this.clock.reset();
		}
	}

	private void runPlaywright(String clockUrl) throws IOException, InterruptedException {
		String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
		assertThat(new File(chromium))
			.as("Chromium for the browser journeys (apt-get install chromium, or set CHROMIUM_PATH)")
			.canRead();
		Path log = Path.of("target", "playwright.log").toAbsolutePath();
		Files.createDirectories(log.getParent());
		ProcessBuilder playwright = new ProcessBuilder(List.of(node(), "node_modules/@playwright/test/cli.js", "test"))
			.directory(FRONTEND.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		playwright.environment().put("BASE_URL", TestEnvironment.origin());
		playwright.environment().put("CHROMIUM_PATH", chromium);
		playwright.environment().put("CI", "true");
		playwright.environment().put("CLOCK_URL", clockUrl);
		Process run = playwright.start();
		boolean finished = run.waitFor(10, TimeUnit.MINUTES);
		if (!finished) {
			run.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		System.out.println(output);
		assertThat(finished).as("Playwright finished within 10 minutes").isTrue();
		assertThat(run.exitValue()).as("Playwright journeys (output above)").isZero();
	}

	/**
	 * Lets a journey make time pass for the application
	 * ({@code POST /advance?seconds=N}), e.g. past the step-up window, which no journey
	 * can wait for in real time.
	 */
	private HttpServer clockControl() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/advance", (exchange) -> {
			String seconds = exchange.getRequestURI().getQuery().replaceFirst("^seconds=", "");
			this.clock.advance(Duration.ofSeconds(Long.parseLong(seconds)));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		server.start();
		return server;
	}

	/**
	 * The Node the frontend build used: frontend-maven-plugin's, or the machine's linked
	 * into its place.
	 */
	private static String node() {
		Path installed = FRONTEND.resolve("node").resolve("node");
		return Files.isExecutable(installed) ? installed.toString() : "node";
	}

}
