package com.claimstream.charge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import com.claimstream.benefits.UsualSessions;
import com.claimstream.client.ClientRef;
import com.claimstream.client.ClientService;
import com.claimstream.coding.ServiceCatalog;
import com.claimstream.common.FieldError;
import com.claimstream.common.ProblemException;
import com.claimstream.security.CurrentPrincipal;
import com.claimstream.stream.Audience;
import com.claimstream.stream.EventLog;
import com.claimstream.stream.NewEvent;

/**
 * A client's charging profile (PRODUCT §11), read and saved by the practice's members who
 * see the client; a removed client's profile no longer changes. Its fee and CPT are the
 * client's usual session, which the benefits summary estimates for.
 */
@Service
class ChargingProfileService implements UsualSessions {

	private final ChargingProfileRepository profiles;

	private final ClientService clients;

	private final ServiceCatalog catalog;

	private final Clinicians clinicians;

	private final EventLog events;

	private final TransactionalOperator transaction;

	private final Clock clock;

	ChargingProfileService(ChargingProfileRepository profiles, ClientService clients, ServiceCatalog catalog,
			Clinicians clinicians, EventLog events, TransactionalOperator transaction, Clock clock) {
		this.profiles = profiles;
		this.clients = clients;
		this.catalog = catalog;
		this.clinicians = clinicians;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public Mono<UsualSession> of(ClientRef client) {
		return this.profiles.find(client.practiceId(), client.clientId())
			.map((profile) -> new UsualSession(profile.cpt(), profile.amountCents()))
			.defaultIfEmpty(new UsualSession(null, null));
	}

	Mono<ChargingProfile> get(CurrentPrincipal principal, UUID clientId) {
		return this.clients.reference(principal, clientId, false)
			.flatMap((client) -> this.profiles.find(client.practiceId(), client.clientId())
				.defaultIfEmpty(ChargingProfile.EMPTY));
	}

	Mono<ChargingProfile> save(CurrentPrincipal principal, UUID clientId, ChargingProfile profile) {
		return this.transaction.transactional(this.clients.reference(principal, clientId, true)
			.flatMap((client) -> validate(client, profile)
				.then(this.profiles.save(client.practiceId(), client.clientId(), profile, principal.accountId(),
						this.clock.instant()))
				.then(this.events.append(new NewEvent("charging_profile.updated", client.practiceId(),
						Audience.client(client.clientId(), client.clinicianId()), "client", client.clientId(),
						Map.of("clientId", client.clientId()))))
				.thenReturn(profile)));
	}

	private Mono<Void> validate(ClientRef client, ChargingProfile profile) {
		List<FieldError> errors = new ArrayList<>();
		String cpt = profile.cpt();
		if (cpt != null && this.catalog.procedure(cpt).filter((code) -> !code.addOn()).isEmpty()) {
			errors.add(new FieldError("cpt", "Choose a primary CPT code of the catalog"));
		}
		String place = profile.placeOfService();
		if (place != null
				&& this.catalog.catalog().placesOfService().stream().noneMatch((p) -> p.code().equals(place))) {
			errors.add(new FieldError("placeOfService", "Choose place of service 02, 10 (telehealth) or 11 (office)"));
		}
		UUID clinician = profile.clinicianId();
		Mono<Boolean> known = (clinician != null) ? this.clinicians.provides(client.practiceId(), clinician)
				: Mono.just(true);
		return known.flatMap((provides) -> {
			if (!provides) {
				errors.add(new FieldError("clinicianId", "Choose a clinician of this practice"));
			}
			return errors.isEmpty() ? Mono.empty() : Mono.error(ProblemException.invalid(errors));
		});
	}

}
