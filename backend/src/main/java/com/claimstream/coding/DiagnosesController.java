package com.claimstream.coding;

import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.claimstream.security.CurrentPrincipal;

@RestController
@RequestMapping("/api/clients/{clientId}/diagnoses")
class DiagnosesController {

	private final ClientDiagnoses diagnoses;

	DiagnosesController(ClientDiagnoses diagnoses) {
		this.diagnoses = diagnoses;
	}

	@GetMapping
	Mono<ClientDiagnosesResponse> get(@AuthenticationPrincipal CurrentPrincipal principal,
			@PathVariable UUID clientId) {
		return this.diagnoses.view(principal, clientId);
	}

	@PutMapping
	Mono<ClientDiagnosesResponse> replace(@AuthenticationPrincipal CurrentPrincipal principal,
			@PathVariable UUID clientId, @Valid @RequestBody ReplaceDiagnosesRequest request) {
		return this.diagnoses.replace(principal, clientId, request.codes());
	}

}
