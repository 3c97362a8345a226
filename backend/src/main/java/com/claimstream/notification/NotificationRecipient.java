package com.claimstream.notification;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The client a notification is for, as the client record of the practice knows them:
 * their portal account (whose preferences apply; none before they connect), email with
 * consent, and mobile number with SMS consent.
 */
public record NotificationRecipient(@Nullable UUID accountId, String email, boolean emailConsent,
		@Nullable String mobilePhone, boolean smsConsent) {

	boolean canText() {
		return this.mobilePhone != null && this.smsConsent;
	}

}
