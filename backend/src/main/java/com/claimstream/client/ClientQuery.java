package com.claimstream.client;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Search, filters (status, payment type, assigned clinician), sort and page of the client
 * list; {@code sort} is one of {@link #ORDERS}.
 */
record ClientQuery(@Nullable String search, @Nullable ClientStatus status, @Nullable String paymentType,
		@Nullable UUID clinicianId, String sort, int page, int size) {

	static final Map<String, String> ORDERS = Map.of("name", "last_name, first_name, client.client_id", "-name",
			"last_name desc, first_name desc, client.client_id", "lastActivity", "last_activity_at, client.client_id",
			"-lastActivity", "last_activity_at desc, client.client_id", "created", "created_at, client.client_id",
			"-created", "created_at desc, client.client_id");

	String orderBy() {
		return ORDERS.get(this.sort);
	}

}
