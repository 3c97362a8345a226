package com.claimstream.security;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

	private final DatabaseClient database;

	AccountRepository(DatabaseClient database) {
		this.database = database;
	}

	/** Inserts the account unless its email is taken in that portal; empty when it is. */
	Mono<UUID> insert(Account account, Instant now) {
		return this.database.sql("""
				insert into account (account_id, portal, email, name, password_hash, role, practice_id, created_at)
				values (:id, :portal, :email, :name, :hash, :role, :practiceId, :now)
				on conflict (portal, email) do nothing
				returning account_id
				""")
			.bind("id", account.id())
			.bind("portal", account.portal())
			.bind("email", account.email())
			.bind("name", account.name())
			.bind("hash", account.passwordHash())
			.bind("role", account.role().name())
			.bind("practiceId", Parameter.fromOrEmpty(account.practiceId(), UUID.class))
			.bind("now", now)
			.map((row) -> row.get("account_id", UUID.class))
			.one();
	}

	Mono<Account> findByEmail(String portal, String email) {
		return this.database.sql("select * from account where portal = :portal and email = :email")
			.bind("portal", portal)
			.bind("email", email)
			.map(AccountRepository::account)
			.one();
	}

	Mono<Account> findById(UUID accountId) {
		return this.database.sql("select * from account where account_id = :id")
			.bind("id", accountId)
			.map(AccountRepository::account)
			.one();
	}

	Mono<Void> updatePasswordHash(UUID accountId, String hash) {
		return this.database.sql("update account set password_hash = :hash where account_id = :id")
			.bind("hash", hash)
			.bind("id", accountId)
			.then();
	}

	Flux<Account> findByPractice(UUID practiceId) {
		return this.database.sql("select * from account where practice_id = :practiceId order by name")
			.bind("practiceId", practiceId)
			.map(AccountRepository::account)
			.all();
	}

	/**
	 * Locks the practice's active administrators until the transaction ends, so two
	 * concurrent demotions cannot both pass the last-administrator check.
	 */
	Flux<UUID> lockActiveAdministrators(UUID practiceId) {
		return this.database.sql("""
				select account_id from account
				where practice_id = :practiceId and role = 'PRACTICE_ADMIN' and deactivated_at is null
				for update
				""").bind("practiceId", practiceId).map((row) -> row.get("account_id", UUID.class)).all();
	}

	/**
	 * Changes a member's role; empty when the account is not a member of the practice.
	 */
	Mono<Account> updateRole(UUID practiceId, UUID accountId, Role role) {
		return this.database
			.sql("update account set role = :role where account_id = :id and practice_id = :practiceId returning *")
			.bind("role", role.name())
			.bind("id", accountId)
			.bind("practiceId", practiceId)
			.map(AccountRepository::account)
			.one();
	}

	/**
	 * Deactivates (at {@code deactivatedAt}) or reactivates (null) a member; empty when
	 * the account is not a member of the practice.
	 */
	Mono<Account> updateDeactivatedAt(UUID practiceId, UUID accountId, @Nullable Instant deactivatedAt) {
		return this.database
			.sql("update account set deactivated_at = :at where account_id = :id and practice_id = :practiceId "
					+ "returning *")
			.bind("at", Parameter.fromOrEmpty(deactivatedAt, Instant.class))
			.bind("id", accountId)
			.bind("practiceId", practiceId)
			.map(AccountRepository::account)
			.one();
	}

	Flux<Account> findAll(Collection<UUID> ids) {
		return this.database.sql("select * from account where account_id = any(:ids)")
			.bind("ids", ids.toArray(UUID[]::new))
			.map(AccountRepository::account)
			.all();
	}

	private static Account account(Readable row) {
		return new Account(row.get("account_id", UUID.class), row.get("portal", String.class),
				row.get("email", String.class), row.get("name", String.class), row.get("password_hash", String.class),
				Role.valueOf(row.get("role", String.class)), row.get("practice_id", UUID.class),
				row.get("deactivated_at", Instant.class) == null);
	}

}
