package com.claimstream.invitation;

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
class InvitationRepository {

	private static final String COLUMNS = """
			invitation_id, practice_id, client_id, email, client_first_name, practice_name, clinician_name,
			status, sent_at, expires_at, contact_id, acting_for""";

	private final DatabaseClient database;

	InvitationRepository(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> insert(Invitation invitation, byte[] tokenHash) {
		return this.database.sql("""
				insert into invitation (invitation_id, practice_id, client_id, token_hash, email, client_first_name,
				  practice_name, clinician_name, status, sent_at, expires_at, contact_id, acting_for)
				values (:id, :practiceId, :clientId, :tokenHash, :email, :firstName, :practiceName, :clinicianName,
				  'sent', :sentAt, :expiresAt, :contactId, :actingFor)
				""")
			.bind("id", invitation.id())
			.bind("practiceId", invitation.practiceId())
			.bind("clientId", invitation.clientId())
			.bind("tokenHash", tokenHash)
			.bind("email", invitation.email())
			.bind("firstName", invitation.clientFirstName())
			.bind("practiceName", invitation.practiceName())
			.bind("clinicianName", Parameter.fromOrEmpty(invitation.clinicianName(), String.class))
			.bind("sentAt", invitation.sentAt())
			.bind("expiresAt", invitation.expiresAt())
			.bind("contactId", Parameter.fromOrEmpty(invitation.contactId(), UUID.class))
			.bind("actingFor", Parameter.fromOrEmpty(invitation.actingFor(), String.class))
			.then();
	}

	/** The invitation of a token, its row locked until the transaction ends. */
	Mono<Invitation> lockByToken(byte[] tokenHash) {
		return this.database.sql("select " + COLUMNS + " from invitation where token_hash = :hash for update")
			.bind("hash", tokenHash)
			.map(InvitationRepository::invitation)
			.one();
	}

	Mono<Invitation> findByToken(byte[] tokenHash) {
		return this.database.sql("select " + COLUMNS + " from invitation where token_hash = :hash")
			.bind("hash", tokenHash)
			.map(InvitationRepository::invitation)
			.one();
	}

	/** The newest link of the client themself, or of one of their contacts. */
	Mono<Invitation> findLatest(UUID practiceId, UUID clientId, @Nullable UUID contactId) {
		return this.database.sql("select " + COLUMNS + """
				 from invitation where practice_id = :practiceId and client_id = :clientId
				  and contact_id is not distinct from cast(:contactId as uuid)
				order by sent_at desc limit 1""")
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.bind("contactId", Parameter.fromOrEmpty(contactId, UUID.class))
			.map(InvitationRepository::invitation)
			.one();
	}

	/** Moves a still-sent invitation on; empty when it had already left {@code sent}. */
	Mono<Invitation> end(UUID invitationId, InvitationStatus status, Instant now) {
		return this.database
			.sql("update invitation set status = :status, ended_at = :now "
					+ "where invitation_id = :id and status = 'sent' returning " + COLUMNS)
			.bind("status", status.wire())
			.bind("now", now)
			.bind("id", invitationId)
			.map(InvitationRepository::invitation)
			.one();
	}

	/**
	 * Revokes the open links of the client's record: the client's own and one contact's
	 * ({@code contactId} null: the client's own only), or every one ({@code all}).
	 */
	Flux<Invitation> revokeOpen(UUID practiceId, UUID clientId, @Nullable UUID contactId, boolean all, Instant now) {
		return this.database.sql("""
				update invitation set status = 'revoked', ended_at = :now
				where practice_id = :practiceId and client_id = :clientId and status = 'sent'
				  and (:all or contact_id is not distinct from cast(:contactId as uuid))
				returning """ + " " + COLUMNS)
			.bind("now", now)
			.bind("practiceId", practiceId)
			.bind("clientId", clientId)
			.bind("contactId", Parameter.fromOrEmpty(contactId, UUID.class))
			.bind("all", all)
			.map(InvitationRepository::invitation)
			.all();
	}

	Flux<Invitation> expireDue(Instant now, int limit) {
		return this.database.sql("""
				update invitation set status = 'expired', ended_at = :now
				where invitation_id in (select invitation_id from invitation
				  where status = 'sent' and expires_at <= :now limit :limit for update skip locked)
				returning """ + " " + COLUMNS)
			.bind("now", now)
			.bind("limit", limit)
			.map(InvitationRepository::invitation)
			.all();
	}

	private static Invitation invitation(Readable row) {
		return new Invitation(row.get("invitation_id", UUID.class), row.get("practice_id", UUID.class),
				row.get("client_id", UUID.class), row.get("email", String.class),
				row.get("client_first_name", String.class), row.get("practice_name", String.class),
				row.get("clinician_name", String.class), InvitationStatus.of(row.get("status", String.class)),
				row.get("sent_at", Instant.class), row.get("expires_at", Instant.class),
				row.get("contact_id", UUID.class), row.get("acting_for", String.class));
	}

}
