package com.claimstream.practice;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

@Repository
class PracticeRepository {

	private final DatabaseClient database;

	PracticeRepository(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> insert(UUID practiceId, String name, Instant now) {
		return this.database.sql("insert into practice (practice_id, name, created_at) values (:id, :name, :now)")
			.bind("id", practiceId)
			.bind("name", name)
			.bind("now", now)
			.then();
	}

	Mono<String> findName(UUID practiceId) {
		return this.database.sql("select name from practice where practice_id = :id")
			.bind("id", practiceId)
			.map((row) -> row.get("name", String.class))
			.one();
	}

	Mono<UUID> findByName(String name) {
		return this.database.sql("select practice_id from practice where name = :name order by created_at limit 1")
			.bind("name", name)
			.map((row) -> row.get("practice_id", UUID.class))
			.one();
	}

}
