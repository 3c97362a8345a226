package com.claimstream.clearinghousesandbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import com.claimstream.claims.Clearinghouse.InboundFile;

/**
 * The sandbox's own records: claims received, answers in the mailbox, members'
 * accumulators.
 */
@Repository
class SandboxClearinghouseRepository {

	private final DatabaseClient database;

	SandboxClearinghouseRepository(DatabaseClient database) {
		this.database = database;
	}

	/** Records an 837 by its interchange control number: whether it is new. */
	Mono<Boolean> received(long controlNumber, String claimNumber, String memberId, Instant now) {
		return this.database
			.sql("""
					insert into sandbox_clearinghouse_claim (interchange_control_number, claim_number, member_id, received_at)
					values (:control, :claimNumber, :memberId, :now) on conflict do nothing""")
			.bind("control", controlNumber)
			.bind("claimNumber", claimNumber)
			.bind("memberId", memberId)
			.bind("now", now)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows == 1);
	}

	Mono<Void> deliver(String kind, String claimNumber, String content, Instant dueAt) {
		return this.database.sql("""
				insert into sandbox_clearinghouse_file (file_id, kind, claim_number, content, due_at)
				values (:id, :kind, :claimNumber, :content, :due)""")
			.bind("id", UUID.randomUUID())
			.bind("kind", kind)
			.bind("claimNumber", claimNumber)
			.bind("content", content)
			.bind("due", dueAt)
			.then();
	}

	Mono<List<InboundFile>> due(Instant now) {
		return this.database
			.sql("""
					select file_id, kind, content from sandbox_clearinghouse_file where fetched_at is null and due_at <= :now
					order by due_at, file_id limit 50""")
			.bind("now", now)
			.map((row) -> new InboundFile(row.get("file_id", UUID.class).toString(), row.get("kind", String.class),
					row.get("content", String.class)))
			.all()
			.collectList();
	}

	Mono<Void> fetched(UUID fileId, Instant now) {
		return this.database.sql("update sandbox_clearinghouse_file set fetched_at = :now where file_id = :id")
			.bind("id", fileId)
			.bind("now", now)
			.then();
	}

	/**
	 * The member's accumulators, locked; empty the first time the payer sees the member.
	 */
	Mono<SandboxPayer.Accumulators> lockMember(String payerId, String memberId) {
		return this.database.sql("""
				select deductible_met_cents, oop_met_cents from sandbox_payer_member
				where payer_id = :payerId and member_id = :memberId for update""")
			.bind("payerId", payerId)
			.bind("memberId", memberId)
			.map((row) -> new SandboxPayer.Accumulators(row.get("deductible_met_cents", Long.class),
					row.get("oop_met_cents", Long.class)))
			.one();
	}

	Mono<Void> saveMember(String payerId, String memberId, SandboxPayer.Accumulators accumulators) {
		return this.database.sql("""
				insert into sandbox_payer_member (payer_id, member_id, deductible_met_cents, oop_met_cents)
				values (:payerId, :memberId, :deductible, :oop)
				on conflict (payer_id, member_id) do update set deductible_met_cents = excluded.deductible_met_cents,
				  oop_met_cents = excluded.oop_met_cents""")
			.bind("payerId", payerId)
			.bind("memberId", memberId)
			.bind("deductible", accumulators.deductibleMetCents())
			.bind("oop", accumulators.oopMetCents())
			.then();
	}

	Mono<Long> nextControlNumber() {
		return this.database.sql("select nextval('sandbox_clearinghouse_control_number') as next")
			.map((row) -> row.get("next", Long.class))
			.one();
	}

}
