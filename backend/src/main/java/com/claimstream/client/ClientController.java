package com.claimstream.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.claimstream.common.FieldError;
import com.claimstream.common.ProblemException;
import com.claimstream.invitation.InvitationView;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.stream.PastEvent;

@RestController
@RequestMapping("/api/clients")
class ClientController {

	static final int MAX_PAGE_SIZE = 100;

	private final ClientService clients;

	ClientController(ClientService clients) {
		this.clients = clients;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ClientResponse> add(@AuthenticationPrincipal CurrentPrincipal principal,
			@Valid @RequestBody ClientProfile request) {
		return this.clients.add(principal, request);
	}

	@GetMapping
	Mono<ClientPage> list(@AuthenticationPrincipal CurrentPrincipal principal,
			@RequestParam(required = false) @Nullable String search,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String paymentType,
			@RequestParam(required = false) @Nullable String clinicianId,
			@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		return Mono
			.fromCallable(() -> query(new ListParameters(search, status, paymentType, clinicianId, sort, page, size)))
			.flatMap((query) -> this.clients.list(principal, query));
	}

	@GetMapping("/counts")
	Mono<Map<String, Long>> counts(@AuthenticationPrincipal CurrentPrincipal principal) {
		return this.clients.counts(principal);
	}

	@GetMapping("/{clientId}")
	Mono<ClientResponse> get(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.clients.get(principal, clientId);
	}

	@PutMapping("/{clientId}")
	Mono<ClientResponse> edit(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId,
			@Valid @RequestBody ClientProfile request) {
		return this.clients.edit(principal, clientId, request);
	}

	@PutMapping("/{clientId}/pin")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> pin(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.clients.pin(principal, clientId);
	}

	@DeleteMapping("/{clientId}/pin")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> unpin(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.clients.unpin(principal, clientId);
	}

	@PostMapping("/{clientId}/archive")
	Mono<ClientResponse> archive(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.clients.archive(principal, clientId);
	}

	@PostMapping("/{clientId}/unarchive")
	Mono<ClientResponse> unarchive(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.clients.unarchive(principal, clientId);
	}

	@DeleteMapping("/{clientId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> remove(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.clients.remove(principal, clientId);
	}

	@GetMapping("/{clientId}/activity")
	Flux<PastEvent> activity(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.clients.activity(principal, clientId);
	}

	@PostMapping("/{clientId}/invitation/resend")
	Mono<InvitationView> resend(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.clients.resendInvitation(principal, clientId);
	}

	@PostMapping("/{clientId}/invitation/revoke")
	Mono<InvitationView> revoke(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.clients.revokeInvitation(principal, clientId);
	}

	/** The list's query parameters as they arrived. */
	private record ListParameters(@Nullable String search, @Nullable String status, @Nullable String paymentType,
			@Nullable String clinicianId, String sort, int page, int size) {
	}

	private static ClientQuery query(ListParameters in) {
		List<FieldError> errors = new ArrayList<>();
		ClientStatus status = null;
		if (in.status() != null && !in.status().isBlank()) {
			try {
				status = ClientStatus.of(in.status());
			}
			catch (IllegalArgumentException ex) {
				errors.add(new FieldError("status", "Unknown status " + in.status()));
			}
		}
		String paymentType = blankToNull(in.paymentType());
		if (paymentType != null && PaymentType.fromWire(paymentType).isEmpty()) {
			errors.add(new FieldError("paymentType", "Filter by " + PaymentType.CHOICES));
		}
		UUID clinicianId = null;
		if (blankToNull(in.clinicianId()) != null) {
			try {
				clinicianId = UUID.fromString(in.clinicianId());
			}
			catch (IllegalArgumentException ex) {
				errors.add(new FieldError("clinicianId", "Choose a clinician of this practice"));
			}
		}
		if (!ClientQuery.ORDERS.containsKey(in.sort())) {
			errors.add(new FieldError("sort", "Sort by one of " + String.join(", ", ClientQuery.ORDERS.keySet())));
		}
		if (in.page() < 0 || in.page() > 100_000) {
			errors.add(new FieldError("page", "Pages start at 0"));
		}
		if (in.size() < 1 || in.size() > MAX_PAGE_SIZE) {
			errors.add(new FieldError("size", "A page holds 1 to " + MAX_PAGE_SIZE + " clients"));
		}
		if (!errors.isEmpty()) {
			throw ProblemException.invalid(errors);
		}
		String search = blankToNull(in.search());
		return new ClientQuery((search != null && search.length() > 200) ? search.substring(0, 200) : search, status,
				paymentType, clinicianId, in.sort(), in.page(), in.size());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
