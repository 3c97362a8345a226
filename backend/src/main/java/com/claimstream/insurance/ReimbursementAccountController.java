package com.claimstream.insurance;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.claimstream.security.CurrentPrincipal;

/** The client sets where reimbursements are paid (client portal only). */
@RestController
class ReimbursementAccountController {

	private final ReimbursementAccounts accounts;

	ReimbursementAccountController(ReimbursementAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/portal/connections/{clientId}/reimbursement-account")
	Mono<ReimbursementAccountView> get(@AuthenticationPrincipal CurrentPrincipal principal,
			@PathVariable UUID clientId) {
		return this.accounts.find(principal, clientId);
	}

	@PutMapping("/api/portal/connections/{clientId}/reimbursement-account")
	Mono<ReimbursementAccountView> replace(@AuthenticationPrincipal CurrentPrincipal principal,
			@PathVariable UUID clientId, @RequestBody ReimbursementAccountRequest request) {
		return this.accounts.replace(principal, clientId, request);
	}

}
