package com.claimstream.cardsandbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import com.claimstream.payment.BankAccount;
import com.claimstream.payment.CardDetails;
import com.claimstream.payment.CardFunding;
import com.claimstream.payment.ChargeResult;
import com.claimstream.payment.DeclineReason;
import com.claimstream.payment.PayoutResult;
import com.claimstream.payment.RefundResult;

/**
 * The sandbox's own records. Money rows are inserted with {@code on conflict do nothing}
 * on their idempotency key and read back by it, so concurrent duplicates store one row.
 */
@Repository
class SandboxRepository {

	private final DatabaseClient database;

	SandboxRepository(DatabaseClient database) {
		this.database = database;
	}

	record StoredToken(CardDetails card, CardBehaviour behaviour) {
	}

	record StoredCharge(String token, ChargeResult result) {
	}

	record StoredPayout(String routingNumber, String accountLast4, PayoutResult result) {
	}

	Mono<Void> insertToken(String token, CardEntry.CheckedCard card, TestCards.TestCard test, Instant now) {
		return this.database
			.sql("""
					insert into sandbox_card_token (token, brand, last4, exp_month, exp_year, funding, behaviour, created_at)
					values (:token, :brand, :last4, :month, :year, :funding, :behaviour, :now)
					""")
			.bind("token", token)
			.bind("brand", card.brand())
			.bind("last4", card.last4())
			.bind("month", (short) card.expMonth())
			.bind("year", (short) card.expYear())
			.bind("funding", test.funding().wire())
			.bind("behaviour", test.behaviour().wire())
			.bind("now", now)
			.then();
	}

	Mono<StoredToken> findToken(String token) {
		return this.database.sql(
				"select brand, last4, exp_month, exp_year, funding, behaviour from sandbox_card_token where token = :t")
			.bind("t", token)
			.map((row) -> new StoredToken(
					new CardDetails(row.get("brand", String.class), row.get("last4", String.class),
							row.get("exp_month", Short.class), row.get("exp_year", Short.class),
							CardFunding.of(row.get("funding", String.class))),
					CardBehaviour.of(row.get("behaviour", String.class))))
			.all()
			.singleOrEmpty();
	}

	/** Whether this call stored the charge (false: the key had one already). */
	Mono<Boolean> insertCharge(String key, String token, ChargeResult charge, Instant now) {
		DeclineReason reason = charge.declineReason();
		DatabaseClient.GenericExecuteSpec insert = this.database.sql("""
				insert into sandbox_charge (charge_id, idempotency_key, token, amount_cents, status, decline_reason,
				  created_at)
				values (:id, :key, :token, :amount, :status, :reason, :now)
				on conflict (idempotency_key) do nothing
				""")
			.bind("id", charge.chargeId())
			.bind("key", key)
			.bind("token", token)
			.bind("amount", charge.amountCents())
			.bind("status", charge.succeeded() ? "succeeded" : "failed")
			.bind("now", now);
		return ((reason != null) ? insert.bind("reason", reason.wire()) : insert.bindNull("reason", String.class))
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows == 1);
	}

	Mono<StoredCharge> findChargeByKey(String key) {
		return charge("idempotency_key = :v", key, "");
	}

	/** The charge, locked against concurrent refunds. */
	Mono<StoredCharge> lockCharge(String chargeId) {
		return charge("charge_id = :v", chargeId, " for update");
	}

	Mono<Long> refundedCents(String chargeId) {
		return this.database
			.sql("select coalesce(sum(amount_cents), 0) as refunded from sandbox_refund where charge_id = :id")
			.bind("id", chargeId)
			.map((row) -> row.get("refunded", Long.class))
			.one();
	}

	Mono<Void> insertRefund(String key, RefundResult refund, Instant now) {
		return this.database.sql("""
				insert into sandbox_refund (refund_id, idempotency_key, charge_id, amount_cents, created_at)
				values (:id, :key, :charge, :amount, :now)
				""")
			.bind("id", refund.refundId())
			.bind("key", key)
			.bind("charge", refund.chargeId())
			.bind("amount", refund.amountCents())
			.bind("now", now)
			.then();
	}

	Mono<RefundResult> findRefundByKey(String key) {
		return this.database
			.sql("select refund_id, charge_id, amount_cents from sandbox_refund where idempotency_key = :key")
			.bind("key", key)
			.map((row) -> new RefundResult(row.get("refund_id", String.class), row.get("charge_id", String.class),
					row.get("amount_cents", Long.class)))
			.all()
			.singleOrEmpty();
	}

	/** Whether this call stored the payout (false: the key had one already). */
	Mono<Boolean> insertPayout(String key, BankAccount account, PayoutResult payout, Instant now) {
		return this.database.sql("""
				insert into sandbox_payout (payout_id, idempotency_key, routing_number, account_last4, amount_cents,
				  created_at)
				values (:id, :key, :routing, :last4, :amount, :now)
				on conflict (idempotency_key) do nothing
				""")
			.bind("id", payout.payoutId())
			.bind("key", key)
			.bind("routing", account.routingNumber())
			.bind("last4", account.last4())
			.bind("amount", payout.amountCents())
			.bind("now", now)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows == 1);
	}

	Mono<StoredPayout> findPayoutByKey(String key) {
		return this.database
			.sql("select payout_id, routing_number, account_last4, amount_cents from sandbox_payout "
					+ "where idempotency_key = :key")
			.bind("key", key)
			.map((row) -> new StoredPayout(row.get("routing_number", String.class),
					row.get("account_last4", String.class),
					new PayoutResult(row.get("payout_id", String.class), row.get("amount_cents", Long.class))))
			.all()
			.singleOrEmpty();
	}

	private Mono<StoredCharge> charge(String condition, String value, String suffix) {
		return this.database
			.sql("select charge_id, token, amount_cents, decline_reason from sandbox_charge where " + condition
					+ suffix)
			.bind("v", value)
			.map((row) -> {
				@Nullable String reason = row.get("decline_reason", String.class);
				return new StoredCharge(row.get("token", String.class),
						new ChargeResult(row.get("charge_id", String.class), row.get("amount_cents", Long.class),
								(reason != null) ? DeclineReason.of(reason) : null));
			})
			.all()
			.singleOrEmpty();
	}

}
