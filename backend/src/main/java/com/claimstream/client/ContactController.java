package com.claimstream.client;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.claimstream.security.CurrentPrincipal;

/**
 * A client's contacts (guardians), as the practice manages them.
 */
@RestController
@RequestMapping("/api/clients/{clientId}/contacts")
class ContactController {

	private final ContactService contacts;

	ContactController(ContactService contacts) {
		this.contacts = contacts;
	}

	@GetMapping
	Flux<ContactResponse> list(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.contacts.list(principal, clientId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ContactResponse> add(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@Valid @RequestBody ContactRequest request) {
		return this.contacts.add(principal, clientId, request);
	}

	@PutMapping("/{contactId}")
	Mono<ContactResponse> edit(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@PathVariable UUID contactId, @Valid @RequestBody ContactRequest request) {
		return this.contacts.edit(principal, clientId, contactId, request);
	}

	@DeleteMapping("/{contactId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> remove(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@PathVariable UUID contactId) {
		return this.contacts.remove(principal, clientId, contactId);
	}

	@PostMapping("/{contactId}/portal-access")
	Mono<ContactResponse> grantAccess(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@PathVariable UUID contactId) {
		return this.contacts.grantAccess(principal, clientId, contactId);
	}

	@DeleteMapping("/{contactId}/portal-access")
	Mono<ContactResponse> revokeAccess(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@PathVariable UUID contactId) {
		return this.contacts.revokeAccess(principal, clientId, contactId);
	}

}
