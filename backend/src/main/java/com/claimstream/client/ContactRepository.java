package com.claimstream.client;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

@Repository
class ContactRepository {

	private final DatabaseClient database;

	ContactRepository(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> insert(ClientContact contact) {
		ContactRequest d = contact.details();
		return this.database.sql("""
				insert into client_contact (contact_id, practice_id, client_id, name, relationship, email, phone,
				  portal_access, created_at, updated_at)
				values (:id, :practiceId, :clientId, :name, :relationship, :email, :phone, :portalAccess, :now, :now)
				""")
			.bind("id", contact.id())
			.bind("practiceId", contact.practiceId())
			.bind("clientId", contact.clientId())
			.bind("name", d.name())
			.bind("relationship", d.relationship())
			.bind("email", d.email())
			.bind("phone", Parameter.fromOrEmpty(d.phone(), String.class))
			.bind("portalAccess", d.portalAccess())
			.bind("now", contact.createdAt())
			.then();
	}

	Flux<ClientContact> findByClient(UUID practiceId, UUID clientId) {
		return this.database
			.sql("select * from client_contact where practice_id = :practiceId and client_id = :clientId "
					+ "and removed_at is null order by created_at")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.map(ContactRepository::contact)
			.all();
	}

	/** The contact, unless removed, locked until the transaction ends. */
	Mono<ClientContact> lock(UUID practiceId, UUID clientId, UUID contactId) {
		return this.database.sql("""
				select * from client_contact
				where practice_id = :practiceId and client_id = :clientId and contact_id = :id and removed_at is null
				for update""")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.bind("id", contactId)
			.map(ContactRepository::contact)
			.one();
	}

	/**
	 * Grants or ends portal access; ending it also forgets the account, so a later grant
	 * needs a new invitation.
	 */
	Mono<Void> updateAccess(UUID contactId, boolean portalAccess, @Nullable UUID accountId, Instant now) {
		return this.database.sql("""
				update client_contact set portal_access = :access, account_id = :account, updated_at = :now
				where contact_id = :id""")
			.bind("access", portalAccess)
			.bind("account", Parameter.fromOrEmpty(accountId, UUID.class))
			.bind("now", now)
			.bind("id", contactId)
			.then();
	}

	/** Replaces the contact's details, portal access and account. */
	Mono<Void> update(ClientContact contact, Instant now) {
		ContactRequest d = contact.details();
		return this.database.sql("""
				update client_contact set name = :name, relationship = :relationship, email = :email, phone = :phone,
				  portal_access = :portalAccess, account_id = :account, updated_at = :now
				where contact_id = :id""")
			.bind("name", d.name())
			.bind("relationship", d.relationship())
			.bind("email", d.email())
			.bind("phone", Parameter.fromOrEmpty(d.phone(), String.class))
			.bind("portalAccess", d.portalAccess())
			.bind("account", Parameter.fromOrEmpty(contact.accountId(), UUID.class))
			.bind("now", now)
			.bind("id", contact.id())
			.then();
	}

	/**
	 * Removes the contact from the client's list and ends their portal access; the row
	 * stays for the history its invitations point at.
	 */
	Mono<Void> remove(UUID contactId, Instant now) {
		return this.database.sql("""
				update client_contact set removed_at = :now, portal_access = false, account_id = null, updated_at = :now
				where contact_id = :id""").bind("now", now).bind("id", contactId).then();
	}

	private static ClientContact contact(Readable row) {
		ContactRequest details = new ContactRequest(row.get("name", String.class),
				row.get("relationship", String.class), row.get("email", String.class), row.get("phone", String.class),
				row.get("portal_access", Boolean.class));
		return new ClientContact(row.get("contact_id", UUID.class), row.get("practice_id", UUID.class),
				row.get("client_id", UUID.class), details, row.get("account_id", UUID.class),
				row.get("created_at", Instant.class));
	}

}
