package com.claimstream.invitation;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.ClientAccounts;
import com.claimstream.support.Mailbox;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client invites a clinician to join Claimstream (PRODUCT §4).
 */
@ApiTest
class ClinicianInvitationApiTests {

	@Autowired
	WebTestClient http;

	@Test
	void theClinicianGetsASignUpLinkAndTheClientSeesItSent() {
		Browser client = connectedClient();
		String clinicianEmail = Practices.uniqueEmail("dr-new");
		client
			.post("/api/portal/clinician-invitations",
					Map.of("name", "Dr. Lee Park", "email", clinicianEmail, "message", "I'd love to pay you here."))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.email")
			.isEqualTo(clinicianEmail);
		Mailbox.awaitSubject(this.http, clinicianEmail, "Casey invited you to Claimstream");
		String text = Mailbox.textsTo(this.http, clinicianEmail).get(0);
		assertThat(text).contains("Hi Dr. Lee Park")
			.contains("/app/sign-up")
			.contains("Casey wrote: I'd love to pay you here.");
		client.get("/api/portal/clinician-invitations")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].name")
			.isEqualTo("Dr. Lee Park");
	}

	@Test
	void invitationsAreRateLimitedPerAccount() {
		Browser client = connectedClient();
		for (int i = 0; i < ClinicianInvitationService.PER_ACCOUNT.max(); i++) {
			client
				.post("/api/portal/clinician-invitations",
						Map.of("name", "Dr. " + i, "email", Practices.uniqueEmail("dr")))
				.expectStatus()
				.isCreated();
		}
		client
			.post("/api/portal/clinician-invitations", Map.of("name", "Dr. Over", "email", Practices.uniqueEmail("dr")))
			.expectStatus()
			.isEqualTo(429)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/too-many-attempts");
		client.get("/api/portal/clinician-invitations")
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(ClinicianInvitationService.PER_ACCOUNT.max());
	}

	@Test
	void badFieldsAreNamedAndPracticeMembersAreRefused() {
		Browser client = connectedClient();
		client.post("/api/portal/clinician-invitations", Map.of("name", " ", "email", "nope"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors.length()")
			.isEqualTo(2);
		SignedIn admin = Practices.signUp(this.http);
		admin.browser()
			.post("/api/portal/clinician-invitations", Map.of("name", "Dr. X", "email", Practices.uniqueEmail("dr")))
			.expectStatus()
			.isForbidden();
	}

	private Browser connectedClient() {
		String email = Practices.uniqueEmail("client");
		Practices.addClient(Practices.signUp(this.http).browser(), email);
		return ClientAccounts.accept(this.http, email, 1);
	}

}
