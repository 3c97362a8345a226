package com.claimstream.charge;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * The charge's own transactions, committed whatever encloses them: a route that changes
 * PHI runs inside the audit log's request transaction (ADR 0011), but a charge must
 * commit its recovery point before the card processor is called and its settlement after,
 * neither of which a later rollback may undo (ADR 0020).
 */
@Component
class OwnTransactions {

	private final TransactionalOperator operator;

	OwnTransactions(ReactiveTransactionManager transactions) {
		this.operator = TransactionalOperator.create(transactions,
				new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW));
	}

	<T> Mono<T> committed(Mono<T> work) {
		return this.operator.transactional(work);
	}

}
