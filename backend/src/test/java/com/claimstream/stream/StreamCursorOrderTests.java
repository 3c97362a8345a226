package com.claimstream.stream;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import com.claimstream.security.CurrentPrincipal;
import com.claimstream.security.Role;
import com.claimstream.support.ApiTest;

@ApiTest
class StreamCursorOrderTests {

	@Autowired
	DatabaseClient database;

	@Autowired
	EventRepository events;

	@Test
	void eventsAreReadInNumericTransactionOrderAcrossADigitBoundary() {
		UUID practiceId = UUID.randomUUID();
		insertWithTransactionId(practiceId, 100);
		insertWithTransactionId(practiceId, 99);
		CurrentPrincipal member = new CurrentPrincipal(UUID.randomUUID(), UUID.randomUUID(), Role.STAFF, practiceId,
				"Staff", "staff@example.com");

		StepVerifier
			.create(this.events.scopedAfter(member, new Cursor(98, 0), 10).map((event) -> event.cursor().txid()))
			.expectNext(99L, 100L)
			.verifyComplete();
	}

	/** Rows of long-finished transactions, as old outbox rows look to a new reader. */
	private void insertWithTransactionId(UUID practiceId, long txid) {
		this.database.sql("""
				insert into event (txid, practice_id, audience, kind, subject_type, subject_id)
				values (cast(:txid as xid8), :practiceId, 'members', 'practice.updated', 'practice', gen_random_uuid())
				""").bind("txid", Long.toString(txid)).bind("practiceId", practiceId).then().block();
	}

}
