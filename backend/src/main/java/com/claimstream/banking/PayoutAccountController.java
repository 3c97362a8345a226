package com.claimstream.banking;

import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.claimstream.security.CurrentPrincipal;

@RestController
class PayoutAccountController {

	private final PayoutAccountService accounts;

	PayoutAccountController(PayoutAccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/practice/banking/payout-account")
	Mono<PayoutAccountView> payoutAccount(@AuthenticationPrincipal CurrentPrincipal principal) {
		return this.accounts.find(principal);
	}

	@PutMapping("/api/practice/banking/payout-account")
	Mono<PayoutAccountView> replace(@AuthenticationPrincipal CurrentPrincipal principal,
			@RequestBody PayoutAccountRequest request) {
		return this.accounts.replace(principal, request);
	}

}
