package com.claimstream.practice;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import com.claimstream.common.Address;

@Repository
class PracticeProfileRepository {

	private final DatabaseClient database;

	PracticeProfileRepository(DatabaseClient database) {
		this.database = database;
	}

	Mono<PracticeProfile> find(UUID practiceId) {
		return this.database.sql("""
				select legal_name, tax_id, group_npi, address_line1, address_line2, address_city, address_state,
				  address_postal_code, phone
				from practice where practice_id = :id
				""").bind("id", practiceId).map(PracticeProfileRepository::profile).one();
	}

	/**
	 * Locks the practice row and replaces its profile; empty when there is no such
	 * practice.
	 */
	Mono<Long> update(UUID practiceId, PracticeProfile profile, Instant now) {
		Address address = (profile.address() != null) ? profile.address() : new Address(null, null, null, null, null);
		return this.database.sql("""
				update practice set legal_name = :legalName, tax_id = :taxId, group_npi = :groupNpi,
				  address_line1 = :line1, address_line2 = :line2, address_city = :city, address_state = :state,
				  address_postal_code = :postalCode, phone = :phone, profile_updated_at = :now
				where practice_id = :id
				""")
			.bind("id", practiceId)
			.bind("legalName", text(profile.legalName()))
			.bind("taxId", text(profile.taxId()))
			.bind("groupNpi", text(profile.groupNpi()))
			.bind("line1", text(address.line1()))
			.bind("line2", text(address.line2()))
			.bind("city", text(address.city()))
			.bind("state", text(address.state()))
			.bind("postalCode", text(address.postalCode()))
			.bind("phone", text(profile.phone()))
			.bind("now", now)
			.fetch()
			.rowsUpdated();
	}

	private static Parameter text(@Nullable String value) {
		return Parameter.fromOrEmpty(value, String.class);
	}

	private static PracticeProfile profile(Readable row) {
		Address address = new Address(row.get("address_line1", String.class), row.get("address_line2", String.class),
				row.get("address_city", String.class), row.get("address_state", String.class),
				row.get("address_postal_code", String.class));
		boolean none = address.line1() == null && address.line2() == null && address.city() == null
				&& address.state() == null && address.postalCode() == null;
		return new PracticeProfile(row.get("legal_name", String.class), row.get("tax_id", String.class),
				row.get("group_npi", String.class), none ? null : address, row.get("phone", String.class));
	}

}
