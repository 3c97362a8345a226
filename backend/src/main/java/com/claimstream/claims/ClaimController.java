package com.claimstream.claims;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.claimstream.client.ClientService;
import com.claimstream.security.CurrentPrincipal;

/**
 * A client's claims as the practice sees them ({@code /api/clients/{id}/claims}) and as
 * the client sees their own ({@code /api/portal/connections/{id}/claims}): read only,
 * since a sent claim is never edited. Its X12 files are downloaded by administrators only
 * (SecurityConfiguration); the portal does not list them.
 */
@RestController
class ClaimController {

	private static final String PRACTICE = "/api/clients/{clientId}/claims";

	private static final String PORTAL = "/api/portal/connections/{clientId}/claims";

	private final ClientService clients;

	private final ClaimService claims;

	ClaimController(ClientService clients, ClaimService claims) {
		this.clients = clients;
		this.claims = claims;
	}

	@GetMapping({ PRACTICE, PORTAL })
	Mono<List<ClaimView>> list(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.clients.reference(principal, clientId, false).flatMap(this.claims::list);
	}

	@GetMapping({ PRACTICE + "/{claimId}", PORTAL + "/{claimId}" })
	Mono<ClaimView> get(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@PathVariable UUID claimId) {
		return this.clients.reference(principal, clientId, false)
			.flatMap((client) -> this.claims.get(client, claimId))
			.map((claim) -> principal.isPracticeMember() ? claim : claim.withoutFiles());
	}

	@GetMapping(PRACTICE + "/{claimId}/files/{fileId}")
	Mono<ResponseEntity<String>> file(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@PathVariable UUID claimId, @PathVariable UUID fileId) {
		return this.clients.reference(principal, clientId, false)
			.flatMap((client) -> this.claims.file(client, claimId, fileId))
			.map((content) -> ResponseEntity.ok()
				.contentType(MediaType.TEXT_PLAIN)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(fileId + ".x12").build().toString())
				.body(content));
	}

}
