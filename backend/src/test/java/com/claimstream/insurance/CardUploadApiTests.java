package com.claimstream.insurance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import com.claimstream.security.Role;
import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Clamd;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.ConnectedClient;
import com.claimstream.support.Practices.SignedIn;
import com.claimstream.support.UploadSamples;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Card images (RELIABILITY UPL-01..06): the 10 MB limit enforced while reading, multipart
 * limits, types told by content, malware found by a real clamd and uploads refused while
 * it is down, downloads that a browser never renders, files only those who see the client
 * can fetch, and no path to them from outside the API.
 */
@ApiTest
class CardUploadApiTests {

	static final String CARD = "/api/clients/{id}/insurance/cards/{side}";

	static final int TEN_MB = 10 * 1024 * 1024;

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient database;

	@Value("${claimstream.uploads-dir}")
	Path uploadsDir;

	// UPL-03: real files are accepted, and come back as they were
	@Test
	void realPdfJpegAndPngCardsAreStoredSealedAndServedAsAttachments() throws IOException {
		Fixture fixture = fixture();
		for (byte[] sample : List.of(UploadSamples.pdf(), UploadSamples.jpeg(), UploadSamples.png())) {
			upload(fixture.admin().browser(), fixture.client(), "front", sample, "card", MediaType.IMAGE_PNG)
				.expectStatus()
				.isCreated()
				.expectBody()
				.jsonPath("$.sizeBytes")
				.isEqualTo(sample.length);
			EntityExchangeResult<byte[]> download = download(fixture.admin().browser(), fixture.client(), "front");
			assertThat(download.getResponseBody()).isEqualTo(sample);
		}
		// sealed at rest: no stored file holds the PDF's text
		assertThat(storedFiles()).isNotEmpty()
			.allSatisfy((file) -> assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
				.doesNotContain("/Type /Catalog"));
		fixture.admin()
			.browser()
			.get(InsuranceApiTests.PATH, fixture.client())
			.expectBody()
			.jsonPath("$.policy.cardFront.fileType")
			.isEqualTo("PNG")
			.jsonPath("$.policy.cardBack")
			.doesNotExist();
		assertThat(kinds(fixture.admin().practiceId())).contains("insurance.card_added");
	}

	// UPL-03: 20 disguised files under a card's name and type
	@Test
	void disguisedFilesAreRefusedWhateverTheirNameAndDeclaredType() throws IOException {
		Fixture fixture = fixture();
		long before = storedFileCount();
		Map<String, byte[]> disguised = UploadSamples.disguised();
		assertThat(disguised).hasSize(20);
		List<String> accepted = new ArrayList<>();
		disguised.forEach((what, content) -> {
			int status = upload(fixture.admin().browser(), fixture.client(), "front", content, "card.pdf",
					MediaType.APPLICATION_PDF)
				.expectBody()
				.returnResult()
				.getStatus()
				.value();
			if (status != 415) {
				accepted.add(what + " (" + status + ")");
			}
		});
		assertThat(accepted).as("disguised files not refused with 415").isEmpty();
		assertThat(storedFileCount()).isEqualTo(before);
		upload(fixture.admin().browser(), fixture.client(), "front", UploadSamples.disguised().get("HTML page"),
				"card.pdf", MediaType.APPLICATION_PDF)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/upload-type-refused");
	}

	// UPL-04: the EICAR test file, alone or inside a PDF that is one, is refused by name
	// and nothing is stored; the card before stays
	@Test
	void filesTheScannerFindsMalwareInAreRefusedAndNothingIsStored() throws IOException {
		Fixture fixture = fixtureWithFrontCard();
		long stored = storedFileCount();
		for (byte[] infected : List.of(UploadSamples.eicar(), UploadSamples.pdfCarryingEicar())) {
			upload(fixture.admin().browser(), fixture.client(), "front", infected, "card.pdf",
					MediaType.APPLICATION_PDF)
				.expectStatus()
				.isEqualTo(422)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("/problems/upload-infected")
				.jsonPath("$.errors[0].message")
				.value((message) -> assertThat(message.toString()).contains("Claimstream.Test.EICAR"));
		}
		assertThat(storedFileCount()).isEqualTo(stored);
		assertThat(download(fixture.admin().browser(), fixture.client(), "front").getResponseBody())
			.isEqualTo(UploadSamples.png());
		upload(fixture.admin().browser(), fixture.client(), "front", UploadSamples.pdf(), "clean.pdf",
				MediaType.APPLICATION_PDF)
			.expectStatus()
			.isCreated();
		assertThat(download(fixture.admin().browser(), fixture.client(), "front").getResponseBody())
			.isEqualTo(UploadSamples.pdf());
	}

	// UPL-04: no scanner, no upload (fail closed); nothing stored, the card before stays
	@Test
	void whileTheScannerIsDownUploadsAreRefusedAndNothingIsStored() throws IOException {
		Fixture fixture = fixtureWithFrontCard();
		long stored = storedFileCount();
		Clamd.stop();
		try {
			for (byte[] file : List.of(UploadSamples.pdf(), UploadSamples.eicar())) {
				upload(fixture.admin().browser(), fixture.client(), "front", file, "card.pdf",
						MediaType.APPLICATION_PDF)
					.expectStatus()
					.isEqualTo(503)
					.expectBody()
					.jsonPath("$.type")
					.isEqualTo("/problems/upload-scan-unavailable");
			}
			assertThat(storedFileCount()).isEqualTo(stored);
		}
		finally {
			Clamd.restart();
		}
		assertThat(download(fixture.admin().browser(), fixture.client(), "front").getResponseBody())
			.isEqualTo(UploadSamples.png());
		upload(fixture.admin().browser(), fixture.client(), "front", UploadSamples.pdf(), "card.pdf",
				MediaType.APPLICATION_PDF)
			.expectStatus()
			.isCreated();
	}

	// a replacement whose transaction fails at commit keeps the card before, file
	// included,
	// and leaves no file of its own
	@Test
	void aReplacementThatDoesNotCommitKeepsTheCardBefore() throws IOException {
		Fixture fixture = fixtureWithFrontCard();
		long stored = storedFileCount();
		String trigger = "refuse_card_" + fixture.client().toString().replace("-", "");
		// a constraint trigger deferred to commit: the replacement fails when it commits
		this.database
			.sql("create function " + trigger + "() returns trigger language plpgsql as $$ begin "
					+ "if new.client_id = '" + fixture.client() + "' then raise exception 'refused at commit'; end if; "
					+ "return new; end $$")
			.then()
			.block();
		this.database
			.sql("create constraint trigger " + trigger + " after insert or update on insurance_card "
					+ "deferrable initially deferred for each row execute function " + trigger + "()")
			.then()
			.block();
		try {
			int status = upload(fixture.admin().browser(), fixture.client(), "front", UploadSamples.pdf(), "new.pdf",
					MediaType.APPLICATION_PDF)
				.expectBody()
				.returnResult()
				.getStatus()
				.value();
			assertThat(status).isNotEqualTo(201);
		}
		finally {
			this.database.sql("drop trigger " + trigger + " on insurance_card").then().block();
			this.database.sql("drop function " + trigger + "()").then().block();
		}
		assertThat(download(fixture.admin().browser(), fixture.client(), "front").getResponseBody())
			.isEqualTo(UploadSamples.png());
		assertThat(storedFileCount()).isEqualTo(stored);
	}

	// UPL-01
	@Test
	void tenMegabytesAreAcceptedAndOneByteMoreIsRefusedWith413() throws IOException {
		Fixture fixture = fixture();
		upload(fixture.admin().browser(), fixture.client(), "back", UploadSamples.pdfOfSize(TEN_MB), "big.pdf",
				MediaType.APPLICATION_PDF)
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.sizeBytes")
			.isEqualTo(TEN_MB);
		long stored = storedFileCount();
		upload(fixture.admin().browser(), fixture.client(), "back", UploadSamples.pdfOfSize(TEN_MB + 1), "big.pdf",
				MediaType.APPLICATION_PDF)
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/upload-too-large");
		assertThat(storedFileCount()).isEqualTo(stored);
	}

	// UPL-01: a streamed body (no Content-Length) is refused once 10 MB are read; nothing
	// is left on disk
	@Test
	void aFiftyMegabyteStreamIsRejectedAfterAboutTenMegabytes() throws IOException {
		Fixture fixture = fixture();
		long stored = storedFileCount();
		long temporary = temporaryMultipartFiles();
		Sent sent = streamFiftyMegabytes(fixture);
		// the server answers 413 and closes the connection without reading the rest; a
		// client still
		// writing may see that close (a reset) before the answer
		assertThat(sent.answer()).as("the answer, if the client read it before the close").isIn(0, 413);
		// what the client got to write: the ~10 MB the server read plus what socket
		// buffers held
		assertThat(sent.inAll()).as("bytes sent in all").isLessThan(30L * 1024 * 1024);
		assertThat(storedFileCount()).isEqualTo(stored);
		assertThat(temporaryMultipartFiles()).isEqualTo(temporary);
	}

	// UPL-01: a body whose Content-Length is too large is refused before it is read: the
	// client announces 50 MB, sends only the part's head and then waits; a server that
	// read the body before judging its size would never answer
	@Test
	void aFiftyMegabyteBodyAnnouncedByItsLengthIsRefusedBeforeItIsRead() throws IOException {
		Fixture fixture = fixture();
		long stored = storedFileCount();
		String boundary = "cardboundary" + UUID.randomUUID().toString().replace("-", "");
		byte[] head = fileHead(boundary);
		Flux<DataBuffer> headThenNothing = Flux.just(head)
			.<DataBuffer>map(DefaultDataBufferFactory.sharedInstance::wrap)
			.concatWith(Flux.never());
		fixture.admin()
			.browser()
			.http()
			.mutate()
			.responseTimeout(Duration.ofSeconds(30))
			.build()
			.post()
			.uri(CARD, fixture.client(), "front")
			.contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
			.headers((headers) -> headers.setContentLength(50L * 1024 * 1024))
			.body(BodyInserters.fromDataBuffers(headThenNothing))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/upload-too-large");
		assertThat(storedFileCount()).isEqualTo(stored);
	}

	// a phone on a slow link: the card's last bytes come 11 s after its first, longer
	// than PostgreSQL lets a transaction sit idle (10 s); the card is stored all the same
	@Test
	void aCardArrivingSlowerThanTheIdleTransactionLimitIsStored() {
		Fixture fixture = fixture();
		String boundary = "cardboundary" + UUID.randomUUID().toString().replace("-", "");
		byte[] head = fileHead(boundary);
		byte[] pdf = UploadSamples.pdf();
		byte[] rest = UploadSamples.concat(
				Arrays.copyOfRange(pdf, UploadSamples.ascii("%PDF-1.4\n").length, pdf.length),
				UploadSamples.ascii("\r\n--" + boundary + "--\r\n"));
		Flux<DataBuffer> slowly = Flux.concat(Flux.just(head), Mono.delay(Duration.ofSeconds(11)).thenReturn(rest))
			.map(DefaultDataBufferFactory.sharedInstance::wrap);
		fixture.admin()
			.browser()
			.http()
			.mutate()
			.responseTimeout(Duration.ofSeconds(40))
			.build()
			.post()
			.uri(CARD, fixture.client(), "front")
			.contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
			.body(BodyInserters.fromDataBuffers(slowly))
			.exchange()
			.expectStatus()
			.isCreated();
		assertThat(download(fixture.admin().browser(), fixture.client(), "front").getResponseBody()).isEqualTo(pdf);
	}

	private record Sent(int answer, long inAll) {
	}

	/** The start of the form's file part: its headers and the first bytes of a PDF. */
	private static byte[] fileHead(String boundary) {
		return UploadSamples.ascii("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
				+ "filename=\"huge.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n");
	}

	/**
	 * Streams a 50 MB card with no Content-Length; answers the status, if the client read
	 * it before the close, and how many bytes the client got to write.
	 */
	private Sent streamFiftyMegabytes(Fixture fixture) {
		String boundary = "cardboundary" + UUID.randomUUID().toString().replace("-", "");
		byte[] head = fileHead(boundary);
		byte[] chunk = new byte[64 * 1024];
		int chunks = 50 * 16;
		AtomicLong sent = new AtomicLong();
		Flux<DataBuffer> body = Flux.concat(Flux.just(head), Flux.range(0, chunks).map((i) -> chunk))
			.doOnNext((bytes) -> sent.addAndGet(bytes.length))
			.map(DefaultDataBufferFactory.sharedInstance::wrap);
		AtomicInteger answer = new AtomicInteger();
		WebTestClient client = fixture.admin()
			.browser()
			.http()
			.mutate()
			.filter((request, next) -> next.exchange(request)
				.doOnNext((response) -> answer.set(response.statusCode().value())))
			.build();
		try {
			client.post()
				.uri(CARD, fixture.client(), "front")
				.contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
				.body(BodyInserters.fromDataBuffers(body))
				.exchange()
				.expectBody()
				.returnResult();
		}
		catch (RuntimeException ex) {
			// the server closed the connection: the answer, if it came first, is in the
			// filter
		}
		return new Sent(answer.get(), sent.get());
	}

	// UPL-02
	@Test
	void aThousandPartsOrHugePartHeadersAreRefusedFast() {
		Fixture fixture = fixture();
		String boundary = "b" + UUID.randomUUID().toString().replace("-", "");
		StringBuilder parts = new StringBuilder();
		for (int i = 0; i < 1000; i++) {
			parts.append("--")
				.append(boundary)
				.append("\r\nContent-Disposition: form-data; name=\"f")
				.append(i)
				.append("\"\r\n\r\nx\r\n");
		}
		parts.append("--").append(boundary).append("--\r\n");
		String header = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
				+ "X-Padding: " + "a".repeat(20 * 1024) + "\r\n\r\n%PDF-1.4\n%%EOF\r\n--" + boundary + "--\r\n";
		for (String body : List.of(parts.toString(), header)) {
			long started = System.nanoTime();
			fixture.admin()
				.browser()
				.http()
				.post()
				.uri(CARD, fixture.client(), "front")
				.contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
				.bodyValue(body.getBytes(StandardCharsets.US_ASCII))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("/problems/malformed-request");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
		}
	}

	// UPL-05: whatever the file was called, it is served under a name of ours, never
	// rendered, and only to those who see the client
	@Test
	void downloadsUseAServerMadeNameAndOnlyThoseWhoSeeTheClientGetThem() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn clinician = Practices.addMember(admin, Role.CLINICIAN);
		SignedIn otherClinician = Practices.addMember(admin, Role.CLINICIAN);
		SignedIn staff = Practices.addMember(admin, Role.STAFF);
		SignedIn otherPractice = Practices.signUp(this.http);
		ConnectedClient client = Practices.connectClient(this.http, admin.browser(), Map.of("firstName", "Casey",
				"lastName", "Client", "email", Practices.uniqueEmail("client"), "clinicianId", clinician.accountId()));
		InsuranceApiTests.save(clinician.browser(), client.clientId(), InsuranceApiTests.policy("aetna"))
			.expectStatus()
			.isOk();
		String hostile = "../../../etc/passwd\r\nSet-Cookie: x=1\r\n" + "ünïcødé-名前".repeat(40) + ".pdf";
		upload(clinician.browser(), client.clientId(), "front", UploadSamples.pdf(), hostile, MediaType.TEXT_HTML)
			.expectStatus()
			.isCreated();
		for (Browser allowed : List.of(admin.browser(), clinician.browser(), staff.browser())) {
			EntityExchangeResult<byte[]> download = download(allowed, client.clientId(), "front");
			HttpHeaders headers = download.getResponseHeaders();
			assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION))
				.isEqualTo("attachment; filename=\"insurance-card-front.pdf\"");
			assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
			assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("sandbox");
			assertThat(headers.getOrEmpty("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("x="));
		}
		assertThat(this.database.sql("select storage_key from insurance_card where client_id = :id")
			.bind("id", client.clientId())
			.map((row) -> row.get(0, String.class))
			.one()
			.block()).matches("[0-9a-f]{32}");
		String path = "/api/portal/connections/{id}/insurance/cards/front";
		assertThat(client.portal()
			.get(path, client.clientId())
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody()).isEqualTo(UploadSamples.pdf());
		for (Browser outsider : List.of(otherClinician.browser(), otherPractice.browser())) {
			outsider.get(CARD, client.clientId(), "front").expectStatus().isNotFound();
			upload(outsider, client.clientId(), "front", UploadSamples.png(), "x.png", MediaType.IMAGE_PNG)
				.expectStatus()
				.isNotFound();
		}
		admin.browser()
			.put("/api/clients/{id}/portal-settings", Map.of("showInsurance", "off"), client.clientId())
			.expectStatus()
			.isOk();
		client.portal().get(path, client.clientId()).expectStatus().isForbidden();
		ConnectedClient other = Practices.connectClient(this.http, admin.browser(), Practices.uniqueEmail("other"));
		other.portal().get(path, client.clientId()).expectStatus().isNotFound();
	}

	// UPL-06: stored files are reachable through the API only
	@Test
	void pathProbingFindsNothing() {
		Fixture fixture = fixture();
		upload(fixture.admin().browser(), fixture.client(), "front", UploadSamples.png(), "card.png",
				MediaType.IMAGE_PNG)
			.expectStatus()
			.isCreated();
		String key = this.database.sql("select storage_key from insurance_card where client_id = :id")
			.bind("id", fixture.client())
			.map((row) -> row.get(0, String.class))
			.one()
			.block();
		Browser browser = fixture.admin().browser();
		for (String probe : List.of("/uploads/" + key, "/data/uploads/" + key, "/static/../uploads/" + key,
				"/static/%2e%2e/uploads/" + key, "/" + key,
				"/api/clients/" + fixture.client() + "/insurance/cards/" + key,
				"/api/clients/" + fixture.client() + "/insurance/cards/..%2F..%2F" + key)) {
			int status = browser.http()
				.get()
				.uri(java.net.URI.create("http://localhost:" + port() + probe))
				.exchange()
				.expectBody()
				.returnResult()
				.getStatus()
				.value();
			assertThat(status).as(probe).isIn(400, 404);
		}
	}

	@Test
	void cardsNeedAPolicyAndGoWithIt() throws IOException {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("client"));
		upload(admin.browser(), client, "front", UploadSamples.png(), "card.png", MediaType.IMAGE_PNG).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/policy-required");
		InsuranceApiTests.save(admin.browser(), client, InsuranceApiTests.policy("umr")).expectStatus().isOk();
		long before = storedFileCount();
		upload(admin.browser(), client, "back", UploadSamples.png(), "card.png", MediaType.IMAGE_PNG).expectStatus()
			.isCreated();
		upload(admin.browser(), client, "back", UploadSamples.jpeg(), "card.jpg", MediaType.IMAGE_JPEG).expectStatus()
			.isCreated();
		assertThat(storedFileCount()).isEqualTo(before + 1);
		admin.browser().delete(InsuranceApiTests.PATH, client).expectStatus().isNoContent();
		assertThat(storedFileCount()).isEqualTo(before);
		admin.browser().get(CARD, client, "back").expectStatus().isNotFound();
	}

	private Fixture fixture() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("client"));
		InsuranceApiTests.save(admin.browser(), client, InsuranceApiTests.policy("aetna")).expectStatus().isOk();
		return new Fixture(admin, client);
	}

	/** A fixture whose card front is a PNG. */
	private Fixture fixtureWithFrontCard() {
		Fixture fixture = fixture();
		upload(fixture.admin().browser(), fixture.client(), "front", UploadSamples.png(), "card.png",
				MediaType.IMAGE_PNG)
			.expectStatus()
			.isCreated();
		return fixture;
	}

	private record Fixture(SignedIn admin, UUID client) {
	}

	static WebTestClient.ResponseSpec upload(Browser browser, UUID client, String side, byte[] content, String filename,
			MediaType type) {
		return browser.http()
			.post()
			.uri(CARD, client, side)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(UploadSamples.form(content, filename, type)))
			.exchange();
	}

	private static EntityExchangeResult<byte[]> download(Browser browser, UUID client, String side) {
		return browser.get(CARD, client, side).expectStatus().isOk().expectBody(byte[].class).returnResult();
	}

	private List<String> kinds(UUID practiceId) {
		return this.database.sql("select kind from event where practice_id = :id")
			.bind("id", practiceId)
			.map((row) -> row.get(0, String.class))
			.all()
			.collectList()
			.block();
	}

	private List<Path> storedFiles() throws IOException {
		if (!Files.isDirectory(this.uploadsDir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.uploadsDir)) {
			return files.toList();
		}
	}

	private long storedFileCount() throws IOException {
		return storedFiles().size();
	}

	private static long temporaryMultipartFiles() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of(System.getProperty("java.io.tmpdir")), 2)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".multipart")).count();
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	@Value("${local.server.port}")
	int port;

	private int port() {
		return this.port;
	}

}
