package com.claimstream.charge;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

@Repository
class ChargingProfileRepository {

	private final DatabaseClient database;

	ChargingProfileRepository(DatabaseClient database) {
		this.database = database;
	}

	Mono<ChargingProfile> find(UUID practiceId, UUID clientId) {
		return this.database.sql("""
				select amount_cents, cpt, place_of_service, duration_minutes, clinician_account_id
				from charging_profile where practice_id = :practice and client_id = :client
				""").bind("practice", practiceId).bind("client", clientId).map((row) -> {
			Short duration = row.get("duration_minutes", Short.class);
			return new ChargingProfile(row.get("amount_cents", Long.class), row.get("cpt", String.class),
					row.get("place_of_service", String.class), (duration != null) ? Integer.valueOf(duration) : null,
					row.get("clinician_account_id", UUID.class));
		}).one();
	}

	Mono<Void> save(UUID practiceId, UUID clientId, ChargingProfile profile, UUID by, Instant now) {
		return this.database.sql("""
				insert into charging_profile (client_id, practice_id, amount_cents, cpt, place_of_service,
				  duration_minutes, clinician_account_id, updated_by, updated_at)
				values (:client, :practice, :amount, :cpt, :place, :duration, :clinician, :by, :now)
				on conflict (client_id) do update set amount_cents = excluded.amount_cents, cpt = excluded.cpt,
				  place_of_service = excluded.place_of_service, duration_minutes = excluded.duration_minutes,
				  clinician_account_id = excluded.clinician_account_id, updated_by = excluded.updated_by,
				  updated_at = excluded.updated_at
				""")
			.bind("client", clientId)
			.bind("practice", practiceId)
			.bind("amount", Parameter.fromOrEmpty(profile.amountCents(), Long.class))
			.bind("cpt", Parameter.fromOrEmpty(profile.cpt(), String.class))
			.bind("place", Parameter.fromOrEmpty(profile.placeOfService(), String.class))
			.bind("duration", Parameter.fromOrEmpty(profile.durationMinutes(), Integer.class))
			.bind("clinician", Parameter.fromOrEmpty(profile.clinicianId(), UUID.class))
			.bind("by", by)
			.bind("now", now)
			.then();
	}

}
