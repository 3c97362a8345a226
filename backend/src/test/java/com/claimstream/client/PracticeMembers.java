package com.claimstream.client;

import java.time.Duration;
import java.util.UUID;

import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.security.AccountService;
import com.claimstream.security.AccountSummary;
import com.claimstream.security.NewAccount;
import com.claimstream.security.Role;
import com.claimstream.support.Browser;
import com.claimstream.support.Practices;

/**
 * More members of a test practice, signed in through {@link Practices}. Until the team
 * feature's {@code Practices.addMember} exists, the account is registered through
 * {@link AccountService}, as the team API will do.
 */
final class PracticeMembers {

	private final WebTestClient http;

	private final AccountService accounts;

	PracticeMembers(WebTestClient http, AccountService accounts) {
		// password hashing is slow on a loaded machine: a sign-in may take longer than
		// the
		// default 5 seconds
		this.http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
		this.accounts = accounts;
	}

	Member add(UUID practiceId, Role role) {
		String email = Practices.uniqueEmail(role.name().toLowerCase());
		AccountSummary account = this.accounts
			.register(new NewAccount(email, "Dr. " + role.name().charAt(0) + " Member", Practices.PASSWORD, role,
					practiceId))
			.block();
		return new Member(Practices.signIn(this.http, email), account.id());
	}

	record Member(Browser browser, UUID accountId) {
	}

}
