package com.claimstream.practice;

import java.time.Clock;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.claimstream.security.AccountService;
import com.claimstream.security.AccountSummary;
import com.claimstream.security.NewAccount;
import com.claimstream.security.PracticeDirectory;
import com.claimstream.security.Role;

/**
 * Practices: sign-up creates the practice and its first administrator in one transaction.
 */
@Service
public class PracticeService implements PracticeDirectory {

	private final PracticeRepository practices;

	private final AccountService accounts;

	private final Clock clock;

	PracticeService(PracticeRepository practices, AccountService accounts, Clock clock) {
		this.practices = practices;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional
	public Mono<AccountSummary> signUp(PracticeSignUpRequest request) {
		UUID practiceId = UUID.randomUUID();
		String name = request.practiceName().trim();
		return this.practices.insert(practiceId, name, this.clock.instant())
			.then(this.accounts.register(new NewAccount(request.email(), request.yourName(), request.password(),
					Role.PRACTICE_ADMIN, practiceId), name));
	}

	@Override
	public Mono<String> nameOf(UUID practiceId) {
		return this.practices.findName(practiceId);
	}

	public Flux<AccountSummary> members(UUID practiceId) {
		return this.accounts.membersOf(practiceId);
	}

	/** The oldest practice of this name: how the demo finds the practice it seeded. */
	public Mono<UUID> findByName(String name) {
		return this.practices.findByName(name);
	}

}
