package com.claimstream.client;

import java.util.ArrayList;
import java.util.List;
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
			@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		return Mono.fromCallable(() -> query(search, status, sort, page, size))
			.flatMap((query) -> this.clients.list(principal, query));
	}

	@GetMapping("/{clientId}")
	Mono<ClientResponse> get(@AuthenticationPrincipal CurrentPrincipal principal, @PathVariable UUID clientId) {
		return this.clients.get(principal, clientId);
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

	private static ClientQuery query(@Nullable String search, @Nullable String status, String sort, int page,
			int size) {
		List<FieldError> errors = new ArrayList<>();
		ClientStatus wanted = null;
		if (status != null && !status.isBlank()) {
			try {
				wanted = ClientStatus.of(status);
			}
			catch (IllegalArgumentException ex) {
				errors.add(new FieldError("status", "Unknown status " + status));
			}
		}
		if (!ClientQuery.ORDERS.containsKey(sort)) {
			errors.add(new FieldError("sort", "Sort by one of " + String.join(", ", ClientQuery.ORDERS.keySet())));
		}
		if (page < 0 || page > 100_000) {
			errors.add(new FieldError("page", "Pages start at 0"));
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			errors.add(new FieldError("size", "A page holds 1 to " + MAX_PAGE_SIZE + " clients"));
		}
		if (!errors.isEmpty()) {
			throw ProblemException.invalid(errors);
		}
		return new ClientQuery((search != null && search.length() > 200) ? search.substring(0, 200) : search, wanted,
				sort, page, size);
	}

}
