package com.claimstream.client;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.claimstream.stream.Audience;

/**
 * A client another feature acts on, resolved for a principal by
 * {@link ClientService#reference} (or by {@link ClientDirectory}): the practice, who sees
 * events about the client (its clinician then, and the client's own account), the date of
 * birth the practice has on file, whether the client was removed, and for notices and
 * payment types: the clinician, the client account, names, contact details with consents,
 * and the payment type.
 */
public record ClientRef(UUID practiceId, UUID clientId, Audience audience, @Nullable LocalDate dateOfBirth,
		boolean removed, @Nullable UUID clinicianId, @Nullable UUID clientAccountId, String firstName, String lastName,
		@Nullable String preferredName, String displayName, String email, boolean emailConsent,
		@Nullable String mobilePhone, boolean smsConsent, PaymentType paymentType) {

	static ClientRef of(Client client) {
		ClientProfile p = client.profile();
		return new ClientRef(client.practiceId(), client.id(),
				client.audience().andClientAccount(client.clientAccountId()), p.dateOfBirth(),
				client.status() == ClientStatus.REMOVED, p.clinicianId(), client.clientAccountId(), p.firstName(),
				p.lastName(), p.preferredName(), client.displayName(), p.email(), Boolean.TRUE.equals(p.emailConsent()),
				p.mobilePhone(), Boolean.TRUE.equals(p.smsConsent()),
				PaymentType.fromWire(p.paymentType()).orElse(PaymentType.SELF_PAY));
	}

	/** The name to greet the client by: the preferred name, else the first name. */
	public String greetingName() {
		return (this.preferredName != null) ? this.preferredName : this.firstName;
	}

}
