package com.claimstream.payment;

import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.claimstream.security.CurrentPrincipal;

/**
 * A client's payment methods: the practice's routes under the client, the portal's under
 * the client's connection; the same rules answer both.
 */
@RestController
@RequestMapping({ "/api/clients/{clientId}/payment-methods", "/api/portal/connections/{clientId}/payment-methods" })
class PaymentMethodController {

	private final PaymentMethodService methods;

	PaymentMethodController(PaymentMethodService methods) {
		this.methods = methods;
	}

	@GetMapping
	Flux<PaymentMethodView> list(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.methods.list(principal, clientId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<PaymentMethodView> add(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@Valid @RequestBody PaymentMethodRequest request) {
		return this.methods.add(principal, clientId, request);
	}

	@PostMapping("/{paymentMethodId}/default")
	Mono<PaymentMethodView> makeDefault(@AuthenticationPrincipal CurrentPrincipal principal,
			@PathVariable UUID clientId, @PathVariable UUID paymentMethodId) {
		return this.methods.makeDefault(principal, clientId, paymentMethodId);
	}

	@DeleteMapping("/{paymentMethodId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> remove(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@PathVariable UUID paymentMethodId) {
		return this.methods.remove(principal, clientId, paymentMethodId);
	}

}
