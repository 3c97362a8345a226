package com.claimstream.stream;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.ClaimstreamApplication;
import com.claimstream.support.ApiTest;
import com.claimstream.support.Nginx;
import com.claimstream.support.Practices;
import com.claimstream.support.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The deployment of infra/nginx for real (issue 3, docs/decisions/0013): nginx with TLS
 * in front of two instances A and B on one PostgreSQL. SES-01 and HSTS behind the proxy,
 * forwarded headers from the proxy only, SES-04 across instances, and subscribers of a
 * stopped instance resuming through the proxy on the other with nothing missed. The
 * instances trust 127.0.0.1 only, so a client bound to another loopback address is "not
 * the proxy". Instance A is stopped by the last test.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NginxTwoInstanceTests {

	private static final String SECURE_COOKIE = "__Host-claimstream_session";

	@Autowired
	Environment environment;

	@Autowired
	DatabaseClient database;

	ConfigurableApplicationContext instanceA;

	ConfigurableApplicationContext instanceB;

	Nginx nginx;

	@BeforeAll
	void startProxyAndInstances() {
		assumeTrue(Nginx.binary().isPresent(),
				"nginx is not installed (apt-get install nginx): the tests through the proxy are skipped");
		int httpPort = TestEnvironment.freePort();
		int httpsPort = TestEnvironment.freePort();
		String proxyOrigin = "https://localhost:" + httpsPort;
		this.instanceA = startInstance(proxyOrigin);
		this.instanceB = startInstance(proxyOrigin);
		this.nginx = Nginx.start(httpPort, httpsPort, List.of(port(this.instanceA), port(this.instanceB)));
	}

	@AfterAll
	void stop() {
		if (this.nginx != null) {
			this.nginx.close();
		}
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { this.instanceA,
				this.instanceB }) {
			if (instance != null) {
				instance.close();
			}
		}
	}

	/** SES-01 behind the TLS proxy; RELIABILITY finding 4. */
	@Test
	@Order(1)
	void behindTlsTheSessionCookieIsHostPrefixedAndSecureAndHstsIsSent() {
		Practices.SignedIn admin = Practices.signUp(this.nginx.webClient(this.nginx.http()));

		ResponseCookie cookie = admin.browser().receivedCookie(SECURE_COOKIE);
		assertThat(cookie).isNotNull();
		assertThat(cookie.isSecure()).isTrue();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo("Lax");
		assertThat(cookie.getPath()).isEqualTo("/");
		assertThat(cookie.getDomain()).isNull();
		admin.browser().get("/api/session").expectHeader().valueMatches("Strict-Transport-Security", "max-age=\\d+.*");
	}

	@Test
	@Order(1)
	void plainHttpIsRedirectedToHttps() {
		WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.nginx.httpPort())
			.build()
			.get()
			.uri("/app/clients?page=2")
			.exchange()
			.expectStatus()
			.isPermanentRedirect()
			.expectHeader()
			.valueEquals("Location", this.nginx.origin() + "/app/clients?page=2");
	}

	/** The browser's address reaches the application through the proxy. */
	@Test
	@Order(1)
	void throughTheProxyTheBrowsersAddressIsRecorded() {
		Practices.SignedIn admin = Practices
			.signUp(this.nginx.webClient(this.nginx.http().bindAddress(from("127.0.0.3"))));

		assertThat(sessionAddresses(admin.accountId())).containsOnly("127.0.0.3");
	}

	/** Forwarded headers from the proxy only (ARCHITECTURE 5). */
	@Test
	@Order(1)
	void aClientThatIsNotTheProxyCannotClaimHttpsOrAnotherAddress() {
		WebTestClient direct = WebTestClient
			.bindToServer(new ReactorClientHttpConnector(HttpClient.create().bindAddress(from("127.0.0.2"))))
			.baseUrl("http://localhost:" + port(this.instanceA))
			.responseTimeout(Nginx.RESPONSE_TIMEOUT)
			.defaultHeader("X-Forwarded-Proto", "https")
			.defaultHeader("X-Forwarded-Host", "app.claimstream.example")
			.defaultHeader("X-Forwarded-For", "203.0.113.9")
			.build();

		Practices.SignedIn admin = Practices.signUp(direct);

		assertThat(admin.browser().receivedCookie(SECURE_COOKIE)).isNull();
		assertThat(admin.browser().receivedCookie("claimstream_session").isSecure()).isFalse();
		assertThat(sessionAddresses(admin.accountId())).containsOnly("127.0.0.2");
		admin.browser().get("/api/session").expectHeader().doesNotExist("Strict-Transport-Security");
	}

	/** SES-04 (and STR-09 across instances). */
	@Test
	@Order(2)
	void signOutThroughTheProxyEndsTheSessionOnBothInstancesAndClosesTheirSockets() {
		try (Subscribed admin = signUpWithSocketsOnBothInstances()) {
			assertThat(membersStatus(this.instanceA, admin.token())).isEqualTo(200);
			assertThat(membersStatus(this.instanceB, admin.token())).isEqualTo(200);

			admin.signedIn().browser().delete("/api/sessions/current").expectStatus().is2xxSuccessful();
			Instant signedOut = Instant.now();

			await().atMost(Duration.ofSeconds(1))
				.until(() -> membersStatus(this.instanceA, admin.token()) == 401
						&& membersStatus(this.instanceB, admin.token()) == 401);
			List<Integer> closes = Flux.merge(admin.sockets().stream().map(StreamClient::closeStatus).toList())
				.collectList()
				.block(Duration.ofSeconds(5).minus(Duration.between(signedOut, Instant.now())));
			assertThat(closes).hasSize(admin.sockets().size()).containsOnly(1008);
		}
	}

	/** Issue 3: stopping an instance loses nothing for its subscribers. */
	@Test
	@Order(3)
	void subscribersOfAStoppedInstanceResumeThroughTheProxyOnTheOtherWithNothingMissed() {
		List<StreamClient> resumed = new ArrayList<>();
		try (Subscribed subscribed = signUpWithSocketsOnBothInstances()) {
			Practices.SignedIn admin = subscribed.signedIn();
			List<StreamClient> sockets = subscribed.sockets();
			int onA = subscribersOf(this.instanceA, admin.accountId());
			NewEvent throughA = Writers.practiceEvent(admin.practiceId());
			commit(this.instanceA, List.of(throughA));
			List<String> cursors = new ArrayList<>();
			for (StreamClient socket : sockets) {
				List<JsonNode> first = socket.events(1, Duration.ofSeconds(5));
				assertThat(first).extracting(NginxTwoInstanceTests::subjectId)
					.containsExactly(throughA.subjectId().toString());
				cursors.add(first.get(0).path("cursor").asString());
			}
			List<CompletableFuture<Void>> ended = sockets.stream().map((socket) -> socket.ended().toFuture()).toList();

			this.instanceA.close();
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(
						() -> assertThat(ended).filteredOn(CompletableFuture::isDone).hasSizeGreaterThanOrEqualTo(onA));
			assertThat(ended).as("sockets ended of %d, %d on A", sockets.size(), onA)
				.filteredOn(CompletableFuture::isDone)
				.hasSize(onA);
			List<NewEvent> whileAway = events(admin.practiceId(), 5);
			commit(this.instanceB, whileAway);
			for (int i = 0; i < sockets.size(); i++) {
				if (ended.get(i).isDone()) {
					resumed.add(StreamClient.resume(proxy(), subscribed.token(), cursors.get(i)));
				}
			}
			List<NewEvent> afterwards = events(admin.practiceId(), 3);
			commit(this.instanceB, afterwards);

			List<String> expected = new ArrayList<>();
			whileAway.forEach((event) -> expected.add(event.subjectId().toString()));
			afterwards.forEach((event) -> expected.add(event.subjectId().toString()));
			assertThat(resumed).hasSize(onA);
			for (StreamClient socket : resumed) {
				assertThat(socket.events(expected.size(), Duration.ofSeconds(10)))
					.extracting(NginxTwoInstanceTests::subjectId)
					.containsExactlyElementsOf(expected);
			}
			assertThat(subscribersOf(this.instanceB, admin.accountId())).isEqualTo(sockets.size());
		}
		finally {
			resumed.forEach(StreamClient::close);
		}
	}

	/**
	 * A practice administrator signed in through the proxy, with a socket on each
	 * instance.
	 */
	private Subscribed signUpWithSocketsOnBothInstances() {
		Practices.SignedIn admin = Practices.signUp(this.nginx.webClient(this.nginx.http()));
		String token = admin.browser().cookie(SECURE_COOKIE);
		return new Subscribed(admin, token, socketsOnBothInstances(token, admin.accountId()));
	}

	private record Subscribed(Practices.SignedIn signedIn, String token,
			List<StreamClient> sockets) implements AutoCloseable {

		@Override
		public void close() {
			this.sockets.forEach(StreamClient::close);
		}

	}

	/** Opens sockets through the proxy until each instance holds at least one. */
	private List<StreamClient> socketsOnBothInstances(String token, UUID accountId) {
		List<StreamClient> sockets = new ArrayList<>();
		Predicate<ConfigurableApplicationContext> holdsOne = (instance) -> subscribersOf(instance, accountId) > 0;
		while (sockets.size() < 8 && !(holdsOne.test(this.instanceA) && holdsOne.test(this.instanceB))) {
			sockets.add(StreamClient.resume(proxy(), token, null));
			int opened = sockets.size();
			await().atMost(Duration.ofSeconds(5))
				.until(() -> subscribersOf(this.instanceA, accountId)
						+ subscribersOf(this.instanceB, accountId) == opened);
		}
		assertThat(holdsOne).accepts(this.instanceA, this.instanceB);
		return sockets;
	}

	private StreamClient.StreamTarget proxy() {
		return new StreamClient.StreamTarget(this.nginx.http(),
				this.nginx.origin().replace("https:", "wss:") + "/api/stream", SECURE_COOKIE);
	}

	private static int subscribersOf(ConfigurableApplicationContext instance, UUID accountId) {
		return (int) instance.getBean(EventHub.class)
			.subscribers()
			.stream()
			.filter((subscriber) -> subscriber.principal().accountId().equals(accountId))
			.count();
	}

	/** An authenticated request straight to one instance, bypassing the proxy. */
	private static int membersStatus(ConfigurableApplicationContext instance, String token) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port(instance))
			.build()
			.get()
			.uri("/api/practice/members")
			.cookie(SECURE_COOKIE, token)
			.exchange()
			.returnResult(Void.class)
			.getStatus()
			.value();
	}

	private static void commit(ConfigurableApplicationContext instance, List<NewEvent> events) {
		new Writers(instance.getBean(EventLog.class), instance.getBean(TransactionalOperator.class))
			.commit(events, Duration.ZERO)
			.block();
	}

	private static List<NewEvent> events(UUID practiceId, int count) {
		List<NewEvent> events = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			events.add(Writers.practiceEvent(practiceId));
		}
		return events;
	}

	private static String subjectId(JsonNode frame) {
		return frame.at("/event/subject/id").asString();
	}

	private List<String> sessionAddresses(UUID accountId) {
		return this.database.sql("select ip from session where account_id = :id")
			.bind("id", accountId)
			.map((row) -> row.get("ip", String.class))
			.all()
			.collectList()
			.block();
	}

	private static java.util.function.Supplier<InetSocketAddress> from(String address) {
		return () -> new InetSocketAddress(address, 0);
	}

	private static int port(ConfigurableApplicationContext instance) {
		return instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	/**
	 * Each instance on event loops of its own, as a process has: closing it then drops
	 * its connections and only its own (with the shared global loops, it would dispose
	 * them under every other client and server in this JVM). Not a
	 * {@code @Configuration}, so no component scan picks it up.
	 */
	static class OwnEventLoops {

		@Bean
		ReactorResourceFactory reactorResourceFactory() {
			ReactorResourceFactory resources = new ReactorResourceFactory();
			resources.setUseGlobalResources(false);
			return resources;
		}

	}

	/**
	 * One more instance on the test database, behind the proxy: trusts 127.0.0.1 only,
	 * and stops at once when closed, like a killed process.
	 */
	private ConfigurableApplicationContext startInstance(String proxyOrigin) {
		int databasePort = this.environment.getRequiredProperty("claimstream.database.embedded-port", Integer.class);
		return new SpringApplicationBuilder(ClaimstreamApplication.class, OwnEventLoops.class).profiles("test")
			.run("--server.port=0", "--server.shutdown=immediate",
					"--spring.r2dbc.url=r2dbc:postgresql://localhost:" + databasePort + "/postgres",
					"--spring.r2dbc.username=postgres", "--spring.r2dbc.password=", "--spring.flyway.enabled=false",
					"--spring.r2dbc.pool.initial-size=1", "--spring.r2dbc.pool.max-size=4",
					"--claimstream.trusted-proxies=127.0.0.1",
					"--claimstream.allowed-origins=" + proxyOrigin + "," + TestEnvironment.origin());
	}

}
