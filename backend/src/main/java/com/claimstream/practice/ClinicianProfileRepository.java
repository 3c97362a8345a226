package com.claimstream.practice;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

@Repository
class ClinicianProfileRepository {

	private final DatabaseClient database;

	ClinicianProfileRepository(DatabaseClient database) {
		this.database = database;
	}

	Mono<ClinicianProfile> find(UUID practiceId, UUID accountId) {
		return this.database.sql("""
				select name, credentials, npi, license_state from clinician_profile
				where practice_id = :practiceId and account_id = :accountId
				""")
			.bind("practiceId", practiceId)
			.bind("accountId", accountId)
			.map((row) -> new ClinicianProfile(row.get("name", String.class), row.get("credentials", String.class),
					row.get("npi", String.class), row.get("license_state", String.class)))
			.one();
	}

	Mono<Void> save(UUID practiceId, UUID accountId, ClinicianProfile profile, Instant now) {
		return this.database
			.sql("""
					insert into clinician_profile (account_id, practice_id, name, credentials, npi, license_state, updated_at)
					values (:accountId, :practiceId, :name, :credentials, :npi, :licenseState, :now)
					on conflict (account_id) do update set name = excluded.name, credentials = excluded.credentials,
					  npi = excluded.npi, license_state = excluded.license_state, updated_at = excluded.updated_at
					where clinician_profile.practice_id = excluded.practice_id
					""")
			.bind("accountId", accountId)
			.bind("practiceId", practiceId)
			.bind("name", profile.name())
			.bind("credentials", text(profile.credentials()))
			.bind("npi", text(profile.npi()))
			.bind("licenseState", text(profile.licenseState()))
			.bind("now", now)
			.then();
	}

	private static Parameter text(@Nullable String value) {
		return Parameter.fromOrEmpty(value, String.class);
	}

}
