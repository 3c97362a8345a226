package com.claimstream.benefits;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.claimstream.support.Browser;

/**
 * Insurance, cards, diagnoses and benefit checks as the API tests of benefits set them
 * up.
 */
public final class BenefitFixtures {

	private BenefitFixtures() {
	}

	public static void diagnose(Browser practice, UUID clientId) {
		practice.put("/api/clients/{id}/diagnoses", Map.of("codes", List.of("F411")), clientId).expectStatus().isOk();
	}

	/** The client's checks, newest first. */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> checks(Browser browser, UUID clientId) {
		return browser.get("/api/clients/{id}/benefit-checks", clientId)
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
	}

	/** Waits until the client's latest check is no longer running, and answers it. */
	public static Map<String, Object> settled(Browser browser, UUID clientId) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(deadline)) {
			List<Map<String, Object>> found = checks(browser, clientId);
			if (!found.isEmpty() && !"running".equals(found.get(0).get("status"))) {
				return found.get(0);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
		throw new AssertionError("The benefit check of " + clientId + " was still running after 15 s");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> summary(Browser browser, String path) {
		return browser.get(path).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
	}

}
