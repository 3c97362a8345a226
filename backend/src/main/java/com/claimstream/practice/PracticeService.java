package com.claimstream.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.notification.MailService;
import com.claimstream.security.AccountService;
import com.claimstream.security.AccountSummary;
import com.claimstream.security.PracticeDirectory;
import com.claimstream.security.PreparedAccount;
import com.claimstream.security.Role;
import com.claimstream.security.SecretTokens;

/**
 * Practices. Sign-up is confirmed by email (AUTH-03): asking answers the same whether or
 * not the email has an account, after the same argon2 work, and only the emailed link
 * creates the practice and its first administrator, in one transaction.
 */
@Service
public class PracticeService implements PracticeDirectory {

	private final PracticeRepository practices;

	private final PendingSignUpRepository signUps;

	private final SignUpMails mails;

	private final MailService mail;

	private final AccountService accounts;

	private final TransactionalOperator transaction;

	private final Duration linkExpiry;

	private final Clock clock;

	PracticeService(PracticeRepository practices, PendingSignUpRepository signUps, SignUpMails mails, MailService mail,
			AccountService accounts, TransactionalOperator transaction,
			@Value("${claimstream.practice-signup.expiry:24h}") Duration linkExpiry, Clock clock) {
		this.practices = practices;
		this.signUps = signUps;
		this.mails = mails;
		this.mail = mail;
		this.accounts = accounts;
		this.transaction = transaction;
		this.linkExpiry = linkExpiry;
		this.clock = clock;
	}

	/**
	 * Emails a link that finishes the sign-up, or, when the email already has a practice
	 * account, a notice; either way earlier open sign-ups of the email stop working.
	 */
	Mono<Void> requestSignUp(PracticeSignUpRequest request) {
		String practiceName = request.practiceName().trim();
		return this.accounts
			.prepare(request.email(), request.yourName(), request.password(), Role.PRACTICE_ADMIN, practiceName)
			.flatMap((account) -> this.transaction
				.transactional(this.signUps.revokeOpen(account.email(), this.clock.instant())
					.then(account.taken() ? this.mail.queue(this.mails.alreadyRegistered(account.email()))
							: issue(account, practiceName))));
	}

	/**
	 * Creates the practice and its administrator from the emailed link, once; the caller
	 * signs the administrator in.
	 */
	Mono<AccountSummary> completeSignUp(String token) {
		Instant now = this.clock.instant();
		return this.transaction.transactional(this.signUps.lockByToken(SecretTokens.hash(token))
			.switchIfEmpty(Mono.error(() -> new ProblemException(Problem.SIGNUP_LINK_INVALID,
					"This sign-up link is not valid; sign up again to get a new one")))
			.map((found) -> found.requireUsable(now))
			.flatMap((signUp) -> create(signUp.practiceName(), signUp.account(), now)
				.flatMap((account) -> this.signUps.markUsed(signUp.id(), now).thenReturn(account))));
	}

	/**
	 * Creates a practice and its administrator at once, without an emailed link: only for
	 * seeding the demo, whose mail nobody reads.
	 */
	public Mono<AccountSummary> seed(PracticeSignUpRequest request) {
		String practiceName = request.practiceName().trim();
		return this.accounts
			.prepare(request.email(), request.yourName(), request.password(), Role.PRACTICE_ADMIN, practiceName)
			.flatMap((account) -> this.transaction.transactional(create(practiceName, account, this.clock.instant())));
	}

	private Mono<AccountSummary> create(String practiceName, PreparedAccount administrator, Instant now) {
		UUID practiceId = UUID.randomUUID();
		return this.practices.insert(practiceId, practiceName, now)
			.then(this.accounts.register(administrator, practiceId));
	}

	private Mono<Void> issue(PreparedAccount account, String practiceName) {
		String token = SecretTokens.generate();
		Instant now = this.clock.instant();
		return this.signUps
			.insert(account.email(), practiceName, account.name(), account.passwordHash(), SecretTokens.hash(token),
					now, now.plus(this.linkExpiry))
			.then(this.mail
				.queue(this.mails.confirm(account.email(), account.name(), practiceName, token, this.linkExpiry)));
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
