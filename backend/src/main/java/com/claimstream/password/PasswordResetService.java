package com.claimstream.password;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.common.Problem;
import com.claimstream.common.ProblemException;
import com.claimstream.notification.MailService;
import com.claimstream.security.AccountService;
import com.claimstream.security.AccountSummary;
import com.claimstream.security.Portal;
import com.claimstream.security.SecretTokens;
import com.claimstream.security.SessionService;

/**
 * Reset by emailed link. Asking answers the same for every email and does the same
 * database work either way; completing runs in one transaction with the link locked, so a
 * link works once.
 */
@Service
public class PasswordResetService {

	private final PasswordResetRepository resets;

	private final PasswordMails mails;

	private final MailService mail;

	private final AccountService accounts;

	private final SessionService sessions;

	private final PasswordResetSettings settings;

	private final TransactionalOperator transaction;

	private final Clock clock;

	PasswordResetService(PasswordResetRepository resets, PasswordMails mails, MailService mail, AccountService accounts,
			SessionService sessions, PasswordResetSettings settings, TransactionalOperator transaction, Clock clock) {
		this.resets = resets;
		this.mails = mails;
		this.mail = mail;
		this.accounts = accounts;
		this.sessions = sessions;
		this.settings = settings;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Sends a new link when the account exists; earlier open links stop working. Unknown
	 * emails run the same revoke query against no account.
	 */
	Mono<Void> request(Portal portal, String email) {
		return this.transaction.transactional(this.accounts.find(portal, email)
			.flatMap(this::issue)
			.switchIfEmpty(Mono.defer(() -> this.resets.revokeOpen(UUID.randomUUID(), this.clock.instant()).then()))
			.then());
	}

	/**
	 * Sets the new password, uses the link up, ends every session of the account and
	 * emails a notice; the caller signs the account in anew.
	 */
	Mono<AccountSummary> complete(String token, String password) {
		Instant now = this.clock.instant();
		return this.transaction.transactional(this.resets.lockByToken(SecretTokens.hash(token))
			.switchIfEmpty(Mono.error(() -> new ProblemException(Problem.RESET_LINK_INVALID,
					"This password reset link is not valid; ask for a new one")))
			.map((found) -> found.requireUsable(now))
			.flatMap((reset) -> this.accounts.replacePassword(reset.accountId(), password, "password")
				.flatMap((account) -> this.resets.markUsed(reset.id(), now)
					.then(this.sessions.endAllFor(account.id()))
					.then(this.mail.queue(this.mails.passwordChanged(account)))
					.thenReturn(account))));
	}

	private Mono<Void> issue(AccountSummary account) {
		String token = SecretTokens.generate();
		Instant now = this.clock.instant();
		return this.resets.revokeOpen(account.id(), now)
			.then(this.resets.insert(account.id(), SecretTokens.hash(token), now, now.plus(this.settings.expiry())))
			.then(this.mail.queue(this.mails.resetLink(account, token, this.settings.expiry())));
	}

}
