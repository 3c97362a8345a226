package com.claimstream.practice;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import com.claimstream.security.Role;

@Repository
class TeamInvitationRepository {

	private static final String COLUMNS = "invitation_id, practice_id, email, name, role, status, sent_at, expires_at";

	private final DatabaseClient database;

	TeamInvitationRepository(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> insert(TeamInvitation invitation, byte[] tokenHash) {
		return this.database.sql("""
				insert into team_invitation (invitation_id, practice_id, token_hash, email, name, role, status,
				  sent_at, expires_at)
				values (:id, :practiceId, :tokenHash, :email, :name, :role, 'sent', :sentAt, :expiresAt)
				""")
			.bind("id", invitation.id())
			.bind("practiceId", invitation.practiceId())
			.bind("tokenHash", tokenHash)
			.bind("email", invitation.email())
			.bind("name", invitation.name())
			.bind("role", invitation.role().name())
			.bind("sentAt", invitation.sentAt())
			.bind("expiresAt", invitation.expiresAt())
			.then();
	}

	Flux<TeamInvitation> findOpen(UUID practiceId, Instant now) {
		return this.database.sql("select " + COLUMNS + """
				 from team_invitation
				where practice_id = :practiceId and status = 'sent' and expires_at > :now order by sent_at""")
			.bind("practiceId", practiceId)
			.bind("now", now)
			.map(TeamInvitationRepository::invitation)
			.all();
	}

	Mono<TeamInvitation> find(UUID practiceId, UUID invitationId) {
		return this.database
			.sql("select " + COLUMNS + " from team_invitation where practice_id = :practiceId and invitation_id = :id")
			.bind("practiceId", practiceId)
			.bind("id", invitationId)
			.map(TeamInvitationRepository::invitation)
			.one();
	}

	Mono<TeamInvitation> findByToken(byte[] tokenHash) {
		return this.database.sql("select " + COLUMNS + " from team_invitation where token_hash = :hash")
			.bind("hash", tokenHash)
			.map(TeamInvitationRepository::invitation)
			.one();
	}

	/** The invitation of a token, its row locked until the transaction ends. */
	Mono<TeamInvitation> lockByToken(byte[] tokenHash) {
		return this.database.sql("select " + COLUMNS + " from team_invitation where token_hash = :hash for update")
			.bind("hash", tokenHash)
			.map(TeamInvitationRepository::invitation)
			.one();
	}

	/**
	 * Revokes the open invitations of this email in the practice: a resend replaces them.
	 */
	Flux<TeamInvitation> revokeOpen(UUID practiceId, String email, Instant now) {
		return this.database
			.sql("update team_invitation set status = 'revoked', ended_at = :now "
					+ "where practice_id = :practiceId and email = :email and status = 'sent' returning " + COLUMNS)
			.bind("now", now)
			.bind("practiceId", practiceId)
			.bind("email", email)
			.map(TeamInvitationRepository::invitation)
			.all();
	}

	Mono<Void> accept(UUID invitationId, UUID accountId, Instant now) {
		return this.database
			.sql("update team_invitation set status = 'accepted', ended_at = :now, "
					+ "account_id = :accountId where invitation_id = :id and status = 'sent'")
			.bind("now", now)
			.bind("accountId", accountId)
			.bind("id", invitationId)
			.then();
	}

	private static TeamInvitation invitation(Readable row) {
		return new TeamInvitation(row.get("invitation_id", UUID.class), row.get("practice_id", UUID.class),
				row.get("email", String.class), row.get("name", String.class),
				Role.valueOf(row.get("role", String.class)), row.get("status", String.class),
				row.get("sent_at", Instant.class), row.get("expires_at", Instant.class));
	}

}
