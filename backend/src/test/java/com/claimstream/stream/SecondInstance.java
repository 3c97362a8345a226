package com.claimstream.stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import com.claimstream.ClaimstreamApplication;

/**
 * A second instance of the application on the test's database, as in a deployment with
 * two instances behind a load balancer.
 */
final class SecondInstance {

	private SecondInstance() {
	}

	static ConfigurableApplicationContext start(Environment environment) {
		int databasePort = environment.getRequiredProperty("claimstream.database.embedded-port", Integer.class);
		// command-line arguments: they override application.yml, default properties would
		// not
		return new SpringApplicationBuilder(ClaimstreamApplication.class).profiles("test")
			.run("--server.port=0", "--spring.r2dbc.url=r2dbc:postgresql://localhost:" + databasePort + "/postgres",
					"--spring.r2dbc.username=postgres", "--spring.r2dbc.password=", "--spring.flyway.enabled=false",
					"--spring.r2dbc.pool.initial-size=1", "--spring.r2dbc.pool.max-size=4");
	}

	static int port(ConfigurableApplicationContext instance) {
		return instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

}
