package com.claimstream.stream;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.security.Role;
import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.ConnectedClient;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * STR-03, TEN-08, TEN-09 over real sockets: who receives which event, live and on replay
 * from a cursor, with the events made through the API.
 */
@ApiTest
class StreamAudienceTests {

	private static final String SESSION_COOKIE = "claimstream_session";

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient http;

	@Autowired
	EventLog log;

	@Autowired
	TransactionalOperator transactions;

	@Autowired
	EventHub hub;

	@Test
	void membersReceiveWhatTheirRoleAndTheirClientsAllowLiveAndOnReplay() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn clinicianA1 = Practices.addMember(admin, Role.CLINICIAN);
		SignedIn clinicianA2 = Practices.addMember(admin, Role.CLINICIAN);
		SignedIn staff = Practices.addMember(admin, Role.STAFF);
		SignedIn otherPractice = Practices.signUp(this.http);
		Map<String, SignedIn> members = new LinkedHashMap<>();
		members.put("administrator", admin);
		members.put("clinician A1", clinicianA1);
		members.put("clinician A2", clinicianA2);
		members.put("staff", staff);
		members.put("administrator of B", otherPractice);
		Map<String, StreamClient> sockets = new LinkedHashMap<>();
		try {
			members.forEach((who, member) -> sockets.put(who, StreamClient.resume(this.port, token(member), null)));
			awaitSubscribed(members.values().stream().map(SignedIn::accountId).toList());
			Map<UUID, NewEvent> markers = practiceEvents(admin, otherPractice);
			Map<String, String> resumeFrom = new HashMap<>();
			members.forEach((who, member) -> resumeFrom.put(who,
					last(until(sockets.get(who), markers.get(member.practiceId()))).path("cursor").asString()));

			String a1Email = Practices.uniqueEmail("a1-client");
			UUID a1Client = Practices.addClient(clinicianA1.browser(), a1Email);
			UUID adminClient = Practices.addClient(admin.browser(), Practices.uniqueEmail("admin-client"));
			savePayoutAccount(admin.browser());
			UUID clientOfB = Practices.addClient(otherPractice.browser(), Practices.uniqueEmail("b-client"));
			Map<String, Object> toA2 = profile(a1Email);
			toA2.put("clinicianId", clinicianA2.accountId());
			admin.browser().put("/api/clients/{id}", toA2, a1Client).expectStatus().isOk();
			toA2.put("firstName", "Robin");
			admin.browser().put("/api/clients/{id}", toA2, a1Client).expectStatus().isOk();
			Map<UUID, NewEvent> lasts = practiceEvents(admin, otherPractice);

			Map<String, List<JsonNode>> live = new LinkedHashMap<>();
			members.forEach((who, member) -> live.put(who,
					between(sockets.get(who), markers.get(member.practiceId()), lasts.get(member.practiceId()))));

			assertThat(clientIds(live.get("administrator"))).containsExactlyInAnyOrder(a1Client, adminClient);
			assertThat(kinds(live.get("administrator"))).contains("payout_account.updated");
			assertThat(clientIds(live.get("staff"))).containsExactlyInAnyOrder(a1Client, adminClient);
			// A1's client was assigned to A1 when added, then to A2 for both edits
			assertThat(clientIds(live.get("clinician A1"))).containsExactly(a1Client);
			assertThat(kinds(live.get("clinician A1"))).contains("client.added", "invitation.sent")
				.doesNotContain("client.edited");
			// ... and A1 learns live that the client left them (its list drops it)
			assertThat(kinds(live.get("clinician A1"))).containsOnlyOnce("client.reassigned");
			clinicianA1.browser().get("/api/clients/{id}", a1Client).expectStatus().isNotFound();
			assertThat(clientIds(live.get("clinician A2"))).containsExactly(a1Client);
			assertThat(kinds(live.get("clinician A2"))).containsOnly("client.edited", "practice.updated");
			assertThat(clientIds(live.get("administrator of B"))).containsExactly(clientOfB);
			members.keySet()
				.stream()
				.filter((who) -> !who.startsWith("administrator"))
				.forEach((who) -> assertThat(kinds(live.get(who))).as(who).doesNotContain("payout_account.updated"));
			assertThat(kinds(live.get("administrator of B"))).doesNotContain("payout_account.updated");

			members.forEach((who, member) -> {
				try (StreamClient resumed = StreamClient.resume(this.port, token(member), resumeFrom.get(who))) {
					assertThat(ids(until(resumed, lasts.get(member.practiceId())))).as(who)
						.isEqualTo(ids(live.get(who)));
				}
			});
		}
		finally {
			sockets.values().forEach(StreamClient::close);
		}
	}

	@Test
	void aClientReceivesOnlyEventsThatNameItsAccount() {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("own");
		ConnectedClient client = Practices.connectClient(this.http, admin.browser(), email);
		UUID otherClient = Practices.addClient(admin.browser(), Practices.uniqueEmail("other"));
		try (StreamClient practice = StreamClient.resume(this.port, token(admin), null)) {
			awaitSubscribed(List.of(admin.accountId()));
			NewEvent marker = practiceEvents(admin).get(admin.practiceId());
			String resumeFrom = last(until(practice, marker)).path("cursor").asString();

			savePayoutAccount(admin.browser());
			Map<String, Object> edited = profile(email);
			edited.put("firstName", "Robin");
			admin.browser().put("/api/clients/{id}", edited, client.clientId()).expectStatus().isOk();
			admin.browser()
				.put("/api/clients/{id}", profile(Practices.uniqueEmail("moved")), otherClient)
				.expectStatus()
				.isOk();
			NewEvent lastOfPractice = practiceEvents(admin).get(admin.practiceId());
			String ownLast = between(practice, marker, lastOfPractice).stream()
				.filter((event) -> client.clientId().toString().equals(event.at("/event/data/clientId").asString()))
				.reduce((first, second) -> second)
				.orElseThrow()
				.path("cursor")
				.asString();

			try (StreamClient portal = StreamClient.resume(this.port, client.portal().cookie(SESSION_COOKIE),
					resumeFrom)) {
				List<JsonNode> received = events(portal)
					.takeUntil((frame) -> ownLast.equals(frame.path("cursor").asString()))
					.collectList()
					.block(TIMEOUT);
				assertThat(kinds(received)).containsExactly("client.edited");
				assertThat(clientIds(received)).containsExactly(client.clientId());
			}
		}
	}

	private void awaitSubscribed(List<UUID> accountIds) {
		await().atMost(TIMEOUT)
			.until(() -> this.hub.subscribers()
				.stream()
				.map((subscriber) -> subscriber.principal().accountId())
				.collect(Collectors.toSet())
				.containsAll(accountIds));
	}

	/** Commits one practice-wide event in each member's practice, by practice. */
	private Map<UUID, NewEvent> practiceEvents(SignedIn... members) {
		Map<UUID, NewEvent> events = new LinkedHashMap<>();
		for (SignedIn member : members) {
			events.put(member.practiceId(), Writers.practiceEvent(member.practiceId()));
		}
		new Writers(this.log, this.transactions).commit(List.copyOf(events.values()), Duration.ZERO).block();
		return events;
	}

	/** The event frames received up to and including {@code last}. */
	private static List<JsonNode> until(StreamClient socket, NewEvent last) {
		return events(socket).takeUntil((frame) -> is(frame, last)).collectList().block(TIMEOUT);
	}

	/**
	 * The event frames received after {@code first}, up to and including {@code last}.
	 */
	private static List<JsonNode> between(StreamClient socket, NewEvent first, NewEvent last) {
		return events(socket).skipUntil((frame) -> is(frame, first))
			.skip(1)
			.takeUntil((frame) -> is(frame, last))
			.collectList()
			.block(TIMEOUT);
	}

	private static Flux<JsonNode> events(StreamClient socket) {
		return socket.frames().filter((frame) -> "event".equals(frame.path("type").asString()));
	}

	private static boolean is(JsonNode frame, NewEvent event) {
		return event.subjectId().toString().equals(frame.at("/event/subject/id").asString());
	}

	private static JsonNode last(List<JsonNode> frames) {
		return frames.get(frames.size() - 1);
	}

	private static Set<UUID> clientIds(List<JsonNode> frames) {
		return frames.stream()
			.map((frame) -> frame.at("/event/data/clientId"))
			.filter(JsonNode::isString)
			.map((id) -> UUID.fromString(id.asString()))
			.collect(Collectors.toSet());
	}

	private static List<String> kinds(List<JsonNode> frames) {
		return frames.stream().map((frame) -> frame.at("/event/kind").asString()).toList();
	}

	private static List<String> ids(List<JsonNode> frames) {
		return frames.stream().map((frame) -> frame.at("/event/id").asString()).toList();
	}

	private static void savePayoutAccount(Browser admin) {
		admin
			.put("/api/practice/banking/payout-account",
					Map.of("routingNumber", "122105278", "accountNumber", "9028-4617 5531"))
			.expectStatus()
			.isOk();
	}

	private static Map<String, Object> profile(String email) {
		return new HashMap<>(Map.of("firstName", "Casey", "lastName", "Client", "email", email));
	}

	private static String token(SignedIn member) {
		return member.browser().cookie(SESSION_COOKIE);
	}

}
