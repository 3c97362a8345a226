package com.claimstream.demo;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.claimstream.security.Totp;

/**
 * Development only (the demo profile): the demo administrator's current two-factor code,
 * shown on the dev mailbox page so that someone trying the demo can sign in without
 * setting up an authenticator app.
 */
@RestController
@Profile("demo")
class DemoAuthenticatorController {

	private final Clock clock;

	DemoAuthenticatorController(Clock clock) {
		this.clock = clock;
	}

	@GetMapping("/api/dev/demo-authenticator")
	DemoCode current() {
		Instant now = this.clock.instant();
		long step = Totp.step(now);
		long secondsLeft = (step + 1) * 30 - now.getEpochSecond();
		return new DemoCode(DemoData.EMAIL, Totp.code(DemoData.TOTP_SECRET, step), secondsLeft);
	}

	record DemoCode(String email, String code, long secondsLeft) {
	}

}
