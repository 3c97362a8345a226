package com.claimstream.practice;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.security.Role;
import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Mailbox;
import com.claimstream.support.MovableClock;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@ApiTest
class TeamApiTests {

	@Autowired
	WebTestClient http;

	@Autowired
	MovableClock clock;

	@Autowired
	DatabaseClient database;

	@AfterEach
	void resetClockAndLimits() {
		this.clock.reset();
		this.database.sql("delete from failed_attempt where scope = 'token-address'").then().block();
	}

	@Test
	void anInvitedMemberJoinsOnceThroughTheEmailedLinkAndIsSignedIn() {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("Clinician").toUpperCase();
		invite(admin, email, "Dr. Rivera", Role.CLINICIAN).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("invited")
			.jsonPath("$.email")
			.isEqualTo(email.toLowerCase());
		admin.browser()
			.get("/api/practice/team")
			.expectBody()
			.jsonPath("$[?(@.status == 'invited')].email")
			.value(contains(email.toLowerCase()));

		String token = Mailbox.teamInvitationToken(this.http, email.toLowerCase(), 1);
		Browser member = admin.browser().another();
		member.post("/api/team-invitations/lookup", Map.of("token", token))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Dr. Rivera")
			.jsonPath("$.role")
			.isEqualTo("CLINICIAN");
		member.post("/api/team-invitations/accept", Map.of("token", token, "password", Practices.PASSWORD))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.account.role")
			.isEqualTo("CLINICIAN")
			.jsonPath("$.practice.id")
			.isEqualTo(admin.practiceId().toString());
		member.get("/api/session").expectStatus().isOk();

		admin.browser()
			.another()
			.post("/api/team-invitations/accept", Map.of("token", token, "password", Practices.PASSWORD))
			.expectStatus()
			.isEqualTo(410)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invitation-used");
		admin.browser()
			.get("/api/practice/team")
			.expectBody()
			.jsonPath("$[?(@.name == 'Dr. Rivera')].status")
			.value(contains("active"));
	}

	@Test
	void anEmailThatAlreadyHasAPracticeAccountIsAClearConflict() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn other = Practices.signUp(this.http);
		invite(admin, other.email(), "Taken", Role.STAFF).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/email-taken")
			.jsonPath("$.errors[0].field")
			.isEqualTo("email");
	}

	@Test
	void invalidInvitationsNameTheirFields() {
		SignedIn admin = Practices.signUp(this.http);
		admin.browser()
			.post("/api/practice/team/invitations", Map.of("email", "nope", "name", " ", "role", "CLIENT"))
			.expectStatus()
			.isBadRequest();
		invite(admin, Practices.uniqueEmail("c"), "Client?", Role.CLIENT).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("role");
	}

	@Test
	void resendingRevokesTheOldLinkAndRevokingEndsTheNewOne() {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("staff");
		String invitationId = invitationId(invite(admin, email, "Sam", Role.STAFF));
		String first = Mailbox.teamInvitationToken(this.http, email, 1);

		String resentId = invitationId(
				admin.browser().post("/api/practice/team/invitations/" + invitationId + "/resend", Map.of()));
		String second = Mailbox.teamInvitationToken(this.http, email, 2);
		assertThat(second).isNotEqualTo(first);
		lookup(admin, first).expectStatus()
			.isEqualTo(410)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invitation-revoked");
		lookup(admin, second).expectStatus().isOk();

		admin.browser().delete("/api/practice/team/invitations/" + resentId).expectStatus().isNoContent();
		lookup(admin, second).expectStatus().isEqualTo(410);
		admin.browser().get("/api/practice/team").expectBody().jsonPath("$[*].status").value(not(hasItem("invited")));
	}

	@Test
	void aLinkWorksForSeventyTwoHours() {
		SignedIn admin = Practices.signUp(this.http);
		String email = Practices.uniqueEmail("staff");
		invite(admin, email, "Sam", Role.STAFF).expectStatus().isCreated();
		String token = Mailbox.teamInvitationToken(this.http, email, 1);
		this.clock.advance(Duration.ofHours(71));
		lookup(admin, token).expectStatus().isOk();
		this.clock.advance(Duration.ofHours(1));
		admin.browser()
			.another()
			.post("/api/team-invitations/accept", Map.of("token", token, "password", Practices.PASSWORD))
			.expectStatus()
			.isEqualTo(410)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invitation-expired");
	}

	@Test
	void thePracticeKeepsOneActiveAdministratorAndNobodyDeactivatesThemselves() {
		SignedIn admin = Practices.signUp(this.http);
		changeRole(admin, admin, Role.STAFF).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/last-administrator");
		admin.browser()
			.post("/api/practice/team/members/" + admin.accountId() + "/deactivate")
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/own-account");

		SignedIn second = Practices.addMember(admin, Role.PRACTICE_ADMIN);
		changeRole(second, admin, Role.STAFF).expectStatus().isOk();
		admin.browser().get("/api/session").expectStatus().isUnauthorized();
		changeRole(second, second, Role.CLINICIAN).expectStatus().isEqualTo(409);
	}

	@Test
	void aRoleChangeEndsTheMembersSessionsAndCountsOnTheirNextSignIn() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn staff = Practices.addMember(admin, Role.STAFF);
		staff.browser().get("/api/practice/team").expectStatus().isForbidden();

		changeRole(admin, staff, Role.PRACTICE_ADMIN).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.role")
			.isEqualTo("PRACTICE_ADMIN");
		staff.browser().get("/api/session").expectStatus().isUnauthorized();
		Practices.signIn(this.http, staff.email()).get("/api/practice/team").expectStatus().isOk();
	}

	@Test
	void aDeactivatedMemberIsSignedOutAndCannotSignInUntilReactivated() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn clinician = Practices.addMember(admin, Role.CLINICIAN);
		admin.browser()
			.post("/api/practice/team/members/" + clinician.accountId() + "/deactivate")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("deactivated");
		clinician.browser().get("/api/clients").expectStatus().isUnauthorized();
		new Browser(this.http)
			.post("/api/sessions",
					Map.of("email", clinician.email(), "password", Practices.PASSWORD, "portal", "practice"))
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/account-deactivated");

		admin.browser()
			.post("/api/practice/team/members/" + clinician.accountId() + "/reactivate")
			.expectStatus()
			.isOk();
		Practices.signIn(this.http, clinician.email()).get("/api/clients").expectStatus().isOk();
	}

	@Test
	void onlyAdministratorsManageTheTeam() {
		SignedIn admin = Practices.signUp(this.http);
		for (Role role : new Role[] { Role.CLINICIAN, Role.STAFF }) {
			SignedIn member = Practices.addMember(admin, role);
			member.browser().get("/api/practice/team").expectStatus().isForbidden();
			invite(member, Practices.uniqueEmail("x"), "X", Role.PRACTICE_ADMIN).expectStatus().isForbidden();
			changeRole(member, member, Role.PRACTICE_ADMIN).expectStatus().isForbidden();
		}
	}

	@Test
	void anotherPracticesMembersAndInvitationsAreNotFound() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn other = Practices.signUp(this.http);
		String theirInvitation = invitationId(invite(other, Practices.uniqueEmail("s"), "S", Role.STAFF));
		changeRole(admin, other, Role.STAFF).expectStatus().isNotFound();
		admin.browser()
			.post("/api/practice/team/members/" + other.accountId() + "/deactivate")
			.expectStatus()
			.isNotFound();
		admin.browser().delete("/api/practice/team/invitations/" + theirInvitation).expectStatus().isNotFound();
		admin.browser()
			.post("/api/practice/team/invitations/" + theirInvitation + "/resend", Map.of())
			.expectStatus()
			.isNotFound();
	}

	private static WebTestClient.ResponseSpec invite(SignedIn admin, String email, String name, Role role) {
		return admin.browser()
			.post("/api/practice/team/invitations", Map.of("email", email, "name", name, "role", role));
	}

	private static WebTestClient.ResponseSpec changeRole(SignedIn by, SignedIn member, Role role) {
		return by.browser().put("/api/practice/team/members/" + member.accountId() + "/role", Map.of("role", role));
	}

	private static WebTestClient.ResponseSpec lookup(SignedIn admin, String token) {
		return admin.browser().another().post("/api/team-invitations/lookup", Map.of("token", token));
	}

	private static String invitationId(WebTestClient.ResponseSpec response) {
		Map<?, ?> body = response.expectStatus()
			.is2xxSuccessful()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (String) body.get("id");
	}

}
