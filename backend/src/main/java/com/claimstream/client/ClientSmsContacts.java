package com.claimstream.client;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import com.claimstream.notification.SmsContacts;

/**
 * A client account can choose text messages once a practice it is connected to has its
 * mobile number with SMS consent.
 */
@Component
class ClientSmsContacts implements SmsContacts {

	private final ClientRepository clients;

	ClientSmsContacts(ClientRepository clients) {
		this.clients = clients;
	}

	@Override
	public Mono<Boolean> canText(UUID clientAccountId) {
		// every row is read (not any()): a query cancelled half-read inside a transaction
		// leaves its connection unusable
		return this.clients.findByAccount(clientAccountId)
			.collectList()
			.map((clients) -> clients.stream()
				.anyMatch(
						(client) -> client.status() == ClientStatus.CONNECTED && client.profile().mobilePhone() != null
								&& Boolean.TRUE.equals(client.profile().smsConsent())));
	}

}
