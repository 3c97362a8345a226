package com.claimstream.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

/** A client's insurance as tests set it up through the practice's API. */
public final class InsuranceSetup {

	private InsuranceSetup() {
	}

	/** Saves the client's own policy with this payer and member id. */
	public static void insure(Browser practice, UUID clientId, String payerId, String memberId) {
		practice
			.put("/api/clients/{id}/insurance", Map.of("payerId", payerId, "memberId", memberId, "relationship", "self",
					"clientDateOfBirth", "1990-01-01"), clientId)
			.expectStatus()
			.isOk();
	}

	/** Uploads both sides of the insurance card. */
	public static void uploadCards(Browser practice, UUID clientId) {
		for (String side : List.of("front", "back")) {
			practice.http()
				.post()
				.uri("/api/clients/{id}/insurance/cards/" + side, clientId)
				.contentType(MediaType.MULTIPART_FORM_DATA)
				.body(BodyInserters
					.fromMultipartData(UploadSamples.form(UploadSamples.png(), "card.png", MediaType.IMAGE_PNG)))
				.exchange()
				.expectStatus()
				.isCreated();
		}
	}

}
