package com.claimstream.password;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.notification.MailService;
import com.claimstream.security.AccountService;
import com.claimstream.security.AccountSummary;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.SessionService;

/**
 * A signed-in account changes its password: the current one is checked first (the caller
 * counts failures), the request's own session always ends (the caller starts a new one),
 * the others when asked, and a notice is emailed.
 */
@Service
public class PasswordChangeService {

	private final AccountService accounts;

	private final SessionService sessions;

	private final PasswordMails mails;

	private final MailService mail;

	private final TransactionalOperator transaction;

	PasswordChangeService(AccountService accounts, SessionService sessions, PasswordMails mails, MailService mail,
			TransactionalOperator transaction) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.mails = mails;
		this.mail = mail;
		this.transaction = transaction;
	}

	Mono<AccountSummary> verifyCurrent(CurrentPrincipal principal, String currentPassword) {
		return this.accounts.verifyOwn(principal.accountId(), currentPassword, "currentPassword");
	}

	Mono<AccountSummary> change(CurrentPrincipal principal, String newPassword, boolean endOtherSessions) {
		Mono<Void> endSessions = endOtherSessions ? this.sessions.endAllFor(principal.accountId())
				: this.sessions.end(principal.sessionId());
		return this.transaction
			.transactional(this.accounts.replacePassword(principal.accountId(), newPassword, "newPassword")
				.flatMap((account) -> endSessions.then(this.mail.queue(this.mails.passwordChanged(account)))
					.thenReturn(account)));
	}

}
