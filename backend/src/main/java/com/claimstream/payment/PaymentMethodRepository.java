package com.claimstream.payment;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import com.claimstream.client.PaymentMethodSummary;

@Repository
class PaymentMethodRepository {

	private static final String COLUMNS = """
			payment_method_id, practice_id, client_id, token, brand, last4, exp_month, exp_year, funding, is_default,
			created_at""";

	private final DatabaseClient database;

	PaymentMethodRepository(DatabaseClient database) {
		this.database = database;
	}

	/** The client's cards that were not removed: the default first, then the newest. */
	Flux<PaymentMethod> active(UUID practiceId, UUID clientId) {
		return this.database.sql("select " + COLUMNS + """
				 from payment_method
				where practice_id = :practice and client_id = :client and removed_at is null
				order by is_default desc, created_at desc, payment_method_id
				""").bind("practice", practiceId).bind("client", clientId).map(PaymentMethodRepository::read).all();
	}

	/** One of the client's cards that was not removed, locked for a change. */
	Mono<PaymentMethod> lock(UUID practiceId, UUID clientId, UUID id) {
		return this.database.sql("select " + COLUMNS + """
				 from payment_method
				where practice_id = :practice and client_id = :client and payment_method_id = :id
				  and removed_at is null
				for update
				""")
			.bind("practice", practiceId)
			.bind("client", clientId)
			.bind("id", id)
			.map(PaymentMethodRepository::read)
			.all()
			.singleOrEmpty();
	}

	/** One of the client's cards, also a removed one when {@code removedToo}. */
	Mono<PaymentMethod> find(UUID practiceId, UUID clientId, UUID id, boolean removedToo) {
		return this.database.sql("select " + COLUMNS + """
				 from payment_method
				where practice_id = :practice and client_id = :client and payment_method_id = :id
				  and (removed_at is null or :removedToo)
				""")
			.bind("practice", practiceId)
			.bind("client", clientId)
			.bind("id", id)
			.bind("removedToo", removedToo)
			.map(PaymentMethodRepository::read)
			.all()
			.singleOrEmpty();
	}

	Mono<Void> insert(PaymentMethod method, UUID addedBy) {
		CardDetails card = method.card();
		return this.database.sql("""
				insert into payment_method (payment_method_id, practice_id, client_id, token, brand, last4, exp_month,
				  exp_year, funding, is_default, added_by, created_at)
				values (:id, :practice, :client, :token, :brand, :last4, :month, :year, :funding, :default, :by, :now)
				""")
			.bind("id", method.id())
			.bind("practice", method.practiceId())
			.bind("client", method.clientId())
			.bind("token", method.token())
			.bind("brand", card.brand())
			.bind("last4", card.last4())
			.bind("month", (short) card.expMonth())
			.bind("year", (short) card.expYear())
			.bind("funding", card.funding().wire())
			.bind("default", method.isDefault())
			.bind("by", addedBy)
			.bind("now", method.createdAt())
			.then();
	}

	/** Makes this card the client's one default (null: none). */
	Mono<Void> setDefault(UUID clientId, @Nullable UUID id) {
		Mono<Void> clear = this.database
			.sql("update payment_method set is_default = false where client_id = :client and is_default")
			.bind("client", clientId)
			.then();
		return (id == null) ? clear
				: clear
					.then(this.database.sql("update payment_method set is_default = true where payment_method_id = :id")
						.bind("id", id)
						.then());
	}

	Mono<Void> markRemoved(UUID id, Instant now) {
		return this.database
			.sql("update payment_method set is_default = false, removed_at = :now where payment_method_id = :id")
			.bind("id", id)
			.bind("now", now)
			.then();
	}

	Mono<Boolean> tokenUsed(String token) {
		// one row read whole (exists), never a row stream cancelled half-read
		return this.database.sql("select exists (select 1 from payment_method where token = :token) as used")
			.bind("token", token)
			.map((row) -> Boolean.TRUE.equals(row.get("used", Boolean.class)))
			.one();
	}

	Flux<DefaultCard> defaults(UUID practiceId, Collection<UUID> clientIds) {
		if (clientIds.isEmpty()) {
			return Flux.empty();
		}
		return this.database.sql("""
				select client_id, brand, last4 from payment_method
				where practice_id = :practice and client_id = any(:clients) and is_default
				""")
			.bind("practice", practiceId)
			.bind("clients", clientIds.toArray(UUID[]::new))
			.map((row) -> new DefaultCard(row.get("client_id", UUID.class),
					new PaymentMethodSummary(row.get("brand", String.class), row.get("last4", String.class))))
			.all();
	}

	record DefaultCard(UUID clientId, PaymentMethodSummary card) {
	}

	private static PaymentMethod read(Readable row) {
		return new PaymentMethod(row.get("payment_method_id", UUID.class), row.get("practice_id", UUID.class),
				row.get("client_id", UUID.class), row.get("token", String.class),
				new CardDetails(row.get("brand", String.class), row.get("last4", String.class),
						row.get("exp_month", Short.class), row.get("exp_year", Short.class),
						CardFunding.of(row.get("funding", String.class))),
				row.get("is_default", Boolean.class), row.get("created_at", Instant.class));
	}

}
