package com.claimstream.cardsandbox;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hosted card field's endpoint: the browser sends the card here, and only here, and
 * gives Claimstream's API the token it gets back. Public, as a processor's
 * publishable-key endpoint is.
 */
@RestController
class SandboxTokenController {

	private final SandboxCardProcessor processor;

	SandboxTokenController(SandboxCardProcessor processor) {
		this.processor = processor;
	}

	@PostMapping("/sandbox/cards/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<TokenResponse> tokenize(@RequestBody CardEntry entry) {
		return this.processor.tokenize(entry);
	}

}
