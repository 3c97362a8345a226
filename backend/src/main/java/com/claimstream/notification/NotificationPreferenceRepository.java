package com.claimstream.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationPreferenceRepository {

	private final DatabaseClient database;

	NotificationPreferenceRepository(DatabaseClient database) {
		this.database = database;
	}

	Flux<Stored> find(UUID accountId) {
		return this.database.sql("select event, channel, enabled from notification_preference where account_id = :id")
			.bind("id", accountId)
			.map((row) -> new Stored(row.get("event", String.class), row.get("channel", String.class),
					Boolean.TRUE.equals(row.get("enabled", Boolean.class))))
			.all();
	}

	Mono<Void> save(UUID accountId, List<Stored> choices, Instant now) {
		return Flux.fromIterable(choices)
			.concatMap((choice) -> this.database
				.sql("""
						insert into notification_preference (account_id, event, channel, enabled, updated_at)
						values (:id, :event, :channel, :enabled, :now)
						on conflict (account_id, event, channel) do update set enabled = excluded.enabled, updated_at = excluded.updated_at
						""")
				.bind("id", accountId)
				.bind("event", choice.event())
				.bind("channel", choice.channel())
				.bind("enabled", choice.enabled())
				.bind("now", now)
				.then())
			.then();
	}

	record Stored(String event, String channel, boolean enabled) {
	}

}
