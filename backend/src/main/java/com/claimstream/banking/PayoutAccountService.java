package com.claimstream.banking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.claimstream.common.BankAccountNumbers;
import com.claimstream.common.FieldError;
import com.claimstream.common.ProblemException;
import com.claimstream.common.SecretBox;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.stream.Audience;
import com.claimstream.stream.EventLog;
import com.claimstream.stream.NewEvent;

/**
 * The practice's payout account (administrators only, see SecurityConfiguration). The
 * account number is sealed with a context naming the practice, so a sealed value copied
 * to another practice's row does not open; its event carries no banking field at all.
 */
@Service
public class PayoutAccountService {

	private final PayoutAccountRepository accounts;

	private final SecretBox box;

	private final EventLog events;

	private final Clock clock;

	PayoutAccountService(PayoutAccountRepository accounts, SecretBox box, EventLog events, Clock clock) {
		this.accounts = accounts;
		this.box = box;
		this.events = events;
		this.clock = clock;
	}

	static String context(UUID practiceId) {
		return "payout-account:" + practiceId;
	}

	Mono<PayoutAccountView> find(CurrentPrincipal principal) {
		return this.accounts.find(principal.requirePracticeId()).defaultIfEmpty(PayoutAccountView.none());
	}

	@Transactional
	Mono<PayoutAccountView> replace(CurrentPrincipal principal, PayoutAccountRequest request) {
		List<FieldError> errors = BankAccountNumbers.problems(request.routingNumber(), request.accountNumber());
		if (!errors.isEmpty()) {
			return Mono.error(() -> ProblemException.invalid(errors));
		}
		UUID practiceId = principal.requirePracticeId();
		String routing = BankAccountNumbers.digits(request.routingNumber());
		String account = BankAccountNumbers.digits(request.accountNumber());
		String last4 = BankAccountNumbers.last4(account);
		Instant now = this.clock.instant();
		return this.accounts
			.save(practiceId, routing, this.box.seal(account, context(practiceId)), last4, now, principal.accountId())
			.then(this.events.append(new NewEvent("payout_account.updated", practiceId, Audience.administrators(),
					"payout_account", practiceId, Map.of("practiceId", practiceId))))
			.thenReturn(new PayoutAccountView(true, routing, last4, PayoutAccountView.CHECKING, now));
	}

}
