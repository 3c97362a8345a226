package com.claimstream.charge;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import com.claimstream.support.Browser;

/** Charges as the tests send them: a session of 90837 in the office, and its answers. */
final class Charges {

	private Charges() {
	}

	/** A $200 Self-Pay session charge on this card, provided by this clinician. */
	static Map<String, Object> session(UUID clinicianId, String paymentMethodId) {
		Map<String, Object> body = new HashMap<>();
		body.put("clinicianId", clinicianId);
		body.put("paymentMethodId", paymentMethodId);
		body.put("paymentType", "self_pay");
		body.put("chargeType", "session");
		body.put("dateOfService", LocalDate.now().toString());
		body.put("lines", List.of(Map.of("cpt", "90837", "units", 1)));
		body.put("placeOfService", "11");
		body.put("durationMinutes", 55);
		body.put("amountCents", 20_000);
		return body;
	}

	static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
		Map<String, Object> changed = new HashMap<>(body);
		changed.put(field, value);
		return changed;
	}

	/** Sends the charge with this Idempotency-Key (none when null). */
	static EntityExchangeResult<String> post(Browser browser, UUID clientId, String key, Object body) {
		return browser.http().post().uri("/api/clients/{id}/charges", clientId).headers((headers) -> {
			if (key != null) {
				headers.set("Idempotency-Key", key);
			}
		}).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectBody(String.class).returnResult();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Browser browser, String path, UUID clientId) {
		return browser.get(path, clientId)
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Waits until none of the client's charges is processing any more, and lists them.
	 */
	static List<Map<String, Object>> settled(Browser browser, UUID clientId) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(deadline)) {
			List<Map<String, Object>> charges = list(browser, "/api/clients/{id}/charges", clientId);
			if (charges.stream().noneMatch((charge) -> "processing".equals(charge.get("status")))) {
				return charges;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
		throw new AssertionError("A charge of " + clientId + " was still processing after 20 s");
	}

}
