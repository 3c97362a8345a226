package com.claimstream.insurance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.common.BankAccountNumbers;
import com.claimstream.common.FieldError;
import com.claimstream.common.ProblemException;
import com.claimstream.common.SecretBox;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.stream.EventLog;
import com.claimstream.stream.NewEvent;

/**
 * The client's reimbursement bank account (PRODUCT §6), set by the client in the portal.
 * It only receives reimbursements: nothing offers it as a way to pay a charge. The
 * account number is sealed with a context naming the client, so a sealed value copied to
 * another row does not open; events carry no banking field.
 */
@Service
class ReimbursementAccounts {

	private final ReimbursementAccountRepository accounts;

	private final InsuranceAccess access;

	private final SecretBox box;

	private final EventLog events;

	private final TransactionalOperator transaction;

	private final Clock clock;

	ReimbursementAccounts(ReimbursementAccountRepository accounts, InsuranceAccess access, SecretBox box,
			EventLog events, TransactionalOperator transaction, Clock clock) {
		this.accounts = accounts;
		this.access = access;
		this.box = box;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	static String context(UUID clientId) {
		return "reimbursement-account:" + clientId;
	}

	Mono<ReimbursementAccountView> find(CurrentPrincipal principal, UUID clientId) {
		return this.access.own(principal, clientId, false)
			.flatMap((client) -> this.accounts.find(client.practiceId(), client.clientId())
				.defaultIfEmpty(ReimbursementAccountView.none()));
	}

	Mono<ReimbursementAccountView> replace(CurrentPrincipal principal, UUID clientId,
			ReimbursementAccountRequest request) {
		List<FieldError> errors = BankAccountNumbers.problems(request.routingNumber(), request.accountNumber());
		if (!errors.isEmpty()) {
			return Mono.error(() -> ProblemException.invalid(errors));
		}
		String routing = BankAccountNumbers.digits(request.routingNumber());
		String account = BankAccountNumbers.digits(request.accountNumber());
		String last4 = BankAccountNumbers.last4(account);
		Instant now = this.clock.instant();
		return this.transaction
			.transactional(this.access.own(principal, clientId, true)
				.flatMap((client) -> this.accounts
					.save(client.practiceId(), client.clientId(), routing,
							this.box.seal(account, context(client.clientId())), last4, now, principal.accountId())
					.then(this.events.append(new NewEvent("reimbursement_account.updated", client.practiceId(),
							client.audience(), "client", client.clientId(), Map.of("clientId", client.clientId()))))))
			.thenReturn(new ReimbursementAccountView(true, routing, last4, now));
	}

}
