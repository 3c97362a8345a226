package com.claimstream.charge;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.claimstream.common.Pricing.SessionPrice;
import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.security.CurrentPrincipal;

/**
 * Charging profiles, charges and their prices under the client; the client's own payments
 * under the portal connection.
 */
@RestController
class ChargeController {

	/** Visible ASCII, as Stripe and the IETF draft allow; at most 255 characters. */
	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private final ChargeService charges;

	private final ChargingProfileService profiles;

	ChargeController(ChargeService charges, ChargingProfileService profiles) {
		this.charges = charges;
		this.profiles = profiles;
	}

	@GetMapping("/api/clients/{clientId}/charging-profile")
	Mono<ChargingProfile> profile(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.profiles.get(principal, clientId);
	}

	@PutMapping("/api/clients/{clientId}/charging-profile")
	Mono<ChargingProfile> saveProfile(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@Valid @RequestBody ChargingProfile profile) {
		return this.profiles.save(principal, clientId, profile);
	}

	@PostMapping("/api/clients/{clientId}/charges")
	Mono<ResponseEntity<String>> create(@AuthenticationPrincipal CurrentPrincipal principal,
			@PathVariable UUID clientId,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
			@Valid @RequestBody ChargeRequest request) {
		if (key == null || !KEY.matcher(key).matches()) {
			return Mono.error(new ProblemException(Problem.IDEMPOTENCY_KEY_REQUIRED,
					"Send an Idempotency-Key header of 1 to 255 visible characters, new for each charge"));
		}
		return this.charges.create(principal, clientId, key, request)
			.map((answer) -> ResponseEntity.status(answer.status())
				.contentType(MediaType.APPLICATION_JSON)
				.body(answer.body()));
	}

	@GetMapping({ "/api/clients/{clientId}/charges", "/api/portal/connections/{clientId}/charges" })
	Flux<ChargeView> list(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.charges.list(principal, clientId);
	}

	@GetMapping("/api/clients/{clientId}/charge-price")
	Mono<SessionPrice> price(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@RequestParam(defaultValue = "self_pay") String paymentType,
			@RequestParam(required = false) @Nullable Long amountCents,
			@RequestParam(defaultValue = "90837") String cpt) {
		return this.charges.price(principal, clientId, paymentType, amountCents, cpt);
	}

}
