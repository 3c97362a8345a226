package com.claimstream.notification;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.Browser;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;
import com.claimstream.support.ApiTest;

/**
 * A client's notification settings in the portal (PRODUCT 5): email on by default, text
 * messages only with a mobile number and SMS consent.
 */
@ApiTest
class NotificationPreferencesApiTests {

	@Autowired
	WebTestClient http;

	@Test
	void everyNoticeStartsByEmailOnlyAndTextIsUnavailableWithoutConsent() {
		Browser portal = client(false);
		portal.get("/api/portal/notification-preferences")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.smsAvailable")
			.isEqualTo(false)
			.jsonPath("$.events.length()")
			.isEqualTo(ClientNotice.values().length)
			.jsonPath("$.events[0].event")
			.isEqualTo("appointment.created")
			.jsonPath("$.events[?(@.email == false)]")
			.doesNotExist()
			.jsonPath("$.events[?(@.sms == true)]")
			.doesNotExist();
		portal
			.put("/api/portal/notification-preferences",
					Map.of("events", List.of(Map.of("event", "payment.receipt", "email", true, "sms", true))))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("events[0].sms")
			.jsonPath("$.errors[0].message")
			.isEqualTo("Text messages need a mobile number and SMS consent on file with your practice");
	}

	@Test
	void aClientWithConsentChoosesChannelsPerNotice() {
		Browser portal = client(true);
		portal
			.put("/api/portal/notification-preferences",
					Map.of("events",
							List.of(Map.of("event", "payment.receipt", "email", false, "sms", true),
									Map.of("event", "claim.decided", "email", true, "sms", true))))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.smsAvailable")
			.isEqualTo(true)
			.jsonPath("$.events[?(@.event == 'payment.receipt')].email")
			.isEqualTo(List.of(false))
			.jsonPath("$.events[?(@.event == 'payment.receipt')].sms")
			.isEqualTo(List.of(true))
			.jsonPath("$.events[?(@.event == 'appointment.created')].email")
			.isEqualTo(List.of(true));
		portal.get("/api/portal/notification-preferences")
			.expectBody()
			.jsonPath("$.events[?(@.event == 'claim.decided')].sms")
			.isEqualTo(List.of(true));
	}

	@Test
	void unknownNoticesAreFieldErrorsAndPracticeMembersHaveNoPortalSettings() {
		Browser portal = client(false);
		portal
			.put("/api/portal/notification-preferences",
					Map.of("events", List.of(Map.of("event", "lottery.won", "email", true, "sms", false))))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("events[0].event");
		portal.put("/api/portal/notification-preferences", Map.of("events", List.of(Map.of("event", "claim.decided"))))
			.expectStatus()
			.isBadRequest();
		SignedIn admin = Practices.signUp(this.http);
		admin.browser().get("/api/portal/notification-preferences").expectStatus().isForbidden();
		new Browser(this.http).get("/api/portal/notification-preferences").expectStatus().isUnauthorized();
	}

	private Browser client(boolean smsConsent) {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("prefs");
		Map<String, Object> profile = smsConsent ? Map.of("firstName", "Casey", "lastName", "Client", "email", email,
				"mobilePhone", "+12125550123", "smsConsent", true)
				: Map.of("firstName", "Casey", "lastName", "Client", "email", email);
		return Practices.connectClient(this.http, admin.browser(), profile).portal();
	}

}
