package com.claimstream.client;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.claimstream.invitation.InvitationView;

/**
 * A contact as the practice sees it. {@code portalStatus}: {@code none} without portal
 * access, {@code active} once the contact signed in through their invitation,
 * {@code invited} while the link is open, or the link's end ({@code expired},
 * {@code declined}, {@code revoked}).
 */
public record ContactResponse(UUID id, String name, String relationship, String email, @Nullable String phone,
		boolean portalAccess, String portalStatus, @Nullable InvitationView invitation, Instant createdAt) {

	static ContactResponse of(ClientContact contact, @Nullable InvitationView invitation) {
		ContactRequest d = contact.details();
		return new ContactResponse(contact.id(), d.name(), d.relationship(), d.email(), d.phone(), d.portalAccess(),
				portalStatus(contact, invitation), invitation, contact.createdAt());
	}

	private static String portalStatus(ClientContact contact, @Nullable InvitationView invitation) {
		if (!contact.details().portalAccess()) {
			return "none";
		}
		if (contact.accountId() != null) {
			return "active";
		}
		if (invitation == null || invitation.status().equals("sent")) {
			return "invited";
		}
		return invitation.status();
	}

}
