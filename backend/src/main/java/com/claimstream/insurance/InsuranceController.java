package com.claimstream.insurance;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.claimstream.security.CurrentPrincipal;

/**
 * A client's insurance, the same routes for the practice ({@code /api/clients/...}) and
 * the client portal ({@code /api/portal/connections/...}); {@link InsuranceAccess}
 * decides who may do what on each.
 */
@RestController
class InsuranceController {

	private final InsurancePolicies policies;

	private final CardImages cards;

	private final PayerCatalog catalog;

	private final Clock clock;

	InsuranceController(InsurancePolicies policies, CardImages cards, PayerCatalog catalog, Clock clock) {
		this.policies = policies;
		this.cards = cards;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** The payer picker: what the typed name matches. */
	@GetMapping("/api/payers")
	PayerLookup payers(@RequestParam(defaultValue = "") String q) {
		return this.catalog.lookup((q.length() > 200) ? q.substring(0, 200) : q);
	}

	@GetMapping({ "/api/clients/{clientId}/insurance", "/api/portal/connections/{clientId}/insurance" })
	Mono<InsuranceView> get(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.policies.get(principal, clientId);
	}

	@PutMapping({ "/api/clients/{clientId}/insurance", "/api/portal/connections/{clientId}/insurance" })
	Mono<InsuranceView> save(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@RequestBody PolicyRequest request) {
		return this.policies.save(principal, clientId, request);
	}

	@DeleteMapping({ "/api/clients/{clientId}/insurance", "/api/portal/connections/{clientId}/insurance" })
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> remove(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.policies.remove(principal, clientId);
	}

	@PostMapping({ "/api/clients/{clientId}/insurance/cards/{side}",
			"/api/portal/connections/{clientId}/insurance/cards/{side}" })
	@ResponseStatus(HttpStatus.CREATED)
	Mono<CardView> upload(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@PathVariable String side,
			@RequestHeader(name = HttpHeaders.CONTENT_LENGTH, required = false) @Nullable Long length,
			@RequestBody Flux<PartEvent> parts) {
		return this.cards.upload(principal, clientId, side, parts, length, this.clock.instant());
	}

	@GetMapping({ "/api/clients/{clientId}/insurance/cards/{side}",
			"/api/portal/connections/{clientId}/insurance/cards/{side}" })
	Mono<ResponseEntity<byte[]>> download(@AuthenticationPrincipal CurrentPrincipal principal,
			@PathVariable UUID clientId, @PathVariable String side) {
		return this.cards.download(principal, clientId, side);
	}

	@DeleteMapping({ "/api/clients/{clientId}/insurance/cards/{side}",
			"/api/portal/connections/{clientId}/insurance/cards/{side}" })
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> deleteCard(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@PathVariable String side) {
		return this.cards.delete(principal, clientId, side);
	}

}
