package com.claimstream.notification;

import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Whether a client account has a mobile number with SMS consent at any practice it is
 * connected to: the client feature knows, this feature asks (it cannot read client
 * records).
 */
public interface SmsContacts {

	Mono<Boolean> canText(UUID clientAccountId);

}
