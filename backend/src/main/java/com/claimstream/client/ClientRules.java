package com.claimstream.client;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import com.claimstream.common.FieldError;
import com.claimstream.common.ProblemException;
import com.claimstream.security.AccountService;
import com.claimstream.security.Role;

/**
 * The checks of a client profile that span fields or need the practice: SMS consent needs
 * a mobile number, the timezone must exist, the clinician must be a clinician or
 * administrator of this practice, and only administrators and staff assign someone else.
 */
@Component
class ClientRules {

	private final AccountService accounts;

	ClientRules(AccountService accounts) {
		this.accounts = accounts;
	}

	Mono<Void> validate(ClientScope scope, ClientProfile profile) {
		List<FieldError> errors = new ArrayList<>();
		if (Boolean.TRUE.equals(profile.smsConsent()) && profile.mobilePhone() == null) {
			errors.add(new FieldError("smsConsent", "SMS consent needs a mobile phone number"));
		}
		if (profile.timezone() != null && !isZone(profile.timezone())) {
			errors.add(new FieldError("timezone", "Choose a timezone like America/New_York"));
		}
		if (!scope.assignsAnyClinician() && !Objects.equals(profile.clinicianId(), scope.clinicianId())) {
			// a clinician would lose sight of a client assigned away from them (TEN-09)
			errors.add(new FieldError("clinicianId", "Only administrators and staff can assign another clinician"));
			return Mono.error(ProblemException.invalid(errors));
		}
		return clinicianError(scope.practiceId(), profile.clinicianId()).doOnNext(errors::add)
			.then(Mono.defer(() -> errors.isEmpty() ? Mono.empty() : Mono.error(ProblemException.invalid(errors))));
	}

	private Mono<FieldError> clinicianError(UUID practiceId, UUID clinicianId) {
		if (clinicianId == null) {
			return Mono.empty();
		}
		return this.accounts.membersOf(practiceId)
			.filter((member) -> member.id().equals(clinicianId) && member.role() != Role.STAFF)
			// collected, not hasElements(): a cancelled half-read query would leave the
			// request transaction's connection unusable
			.collectList()
			.filter(List::isEmpty)
			.map((missing) -> new FieldError("clinicianId", "Choose a clinician of this practice"));
	}

	private static boolean isZone(String zone) {
		try {
			ZoneId.of(zone);
			return zone.contains("/");
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

}
