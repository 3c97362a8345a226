package com.claimstream.practice;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.security.AccountService;
import com.claimstream.security.NewAccount;
import com.claimstream.security.Role;
import com.claimstream.support.Browser;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;
import com.claimstream.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;

@ApiTest
class PracticeProfileApiTests {

	static final Map<String, Object> ADDRESS = Map.of("line1", "1 Main St", "city", "Albany", "state", "NY",
			"postalCode", "12207");

	static final Map<String, Object> PROFILE = Map.of("legalName", "Calm Waters Therapy PLLC", "taxId", "12-3456789",
			"groupNpi", "1245319599", "address", ADDRESS, "phone", "+15185551234");

	@Autowired
	WebTestClient http;

	@Autowired
	AccountService accounts;

	@Autowired
	DatabaseClient database;

	@Test
	void anAdministratorUpdatesTheProfileAndEveryMemberReadsIt() {
		SignedIn admin = Practices.signUp(this.http);
		admin.browser()
			.put("/api/practice/profile", PROFILE)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.taxId")
			.isEqualTo("123456789");
		Browser staff = member(admin, Role.STAFF);
		staff.get("/api/practice/profile")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.legalName")
			.isEqualTo("Calm Waters Therapy PLLC")
			.jsonPath("$.taxId")
			.isEqualTo("123456789")
			.jsonPath("$.groupNpi")
			.isEqualTo("1245319599")
			.jsonPath("$.address.city")
			.isEqualTo("Albany")
			.jsonPath("$.phone")
			.isEqualTo("+15185551234");
	}

	@Test
	void eachChangeAppendsAPracticeUpdatedEventWithIdsOnly() {
		SignedIn admin = Practices.signUp(this.http);
		admin.browser().put("/api/practice/profile", PROFILE).expectStatus().isOk();
		admin.browser()
			.put("/api/practice/clinician-profile", Map.of("name", "Dana Lee", "npi", "1234567893"))
			.expectStatus()
			.isOk();
		List<Map<String, Object>> events = this.database
			.sql("select kind, subject_type, data::text as data from event where practice_id = :id order by position")
			.bind("id", admin.practiceId())
			.fetch()
			.all()
			.collectList()
			.block();
		assertThat(events).extracting((row) -> row.get("kind") + " " + row.get("subject_type"))
			.containsExactly("practice.updated practice", "practice.updated clinician_profile");
		assertThat(events).extracting((row) -> (String) row.get("data"))
			.allSatisfy((data) -> assertThat(data).doesNotContain("Calm", "Dana", "123456789"));
	}

	@Test
	void cliniciansAndStaffCannotChangeThePracticeProfile() {
		SignedIn admin = Practices.signUp(this.http);
		for (Role role : List.of(Role.CLINICIAN, Role.STAFF)) {
			member(admin, role).put("/api/practice/profile", PROFILE)
				.expectStatus()
				.isForbidden()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("/problems/forbidden");
		}
		admin.browser()
			.get("/api/practice/profile")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.taxId")
			.doesNotExist();
	}

	@Test
	void invalidTaxIdNpiPhoneAndStateAreFieldErrors() {
		SignedIn admin = Practices.signUp(this.http);
		admin.browser()
			.put("/api/practice/profile",
					Map.of("taxId", "12-345678", "groupNpi", "1234567890", "phone", "518-555-1234", "address",
							Map.of("state", "New York")))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation-failed")
			.jsonPath("$.errors[*].field")
			.value(containsInAnyOrder("taxId", "groupNpi", "phone", "address.state"));
		admin.browser()
			.put("/api/practice/clinician-profile", Map.of("name", "", "npi", "1234567894", "licenseState", "ny"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(containsInAnyOrder("name", "npi", "licenseState"));
	}

	@Test
	void membersReadEachOthersClinicianProfileButNotAnotherPracticesMembers() {
		SignedIn admin = Practices.signUp(this.http);
		admin.browser()
			.put("/api/practice/clinician-profile",
					Map.of("name", " Dana Lee ", "credentials", "LCSW", "npi", "1234567893", "licenseState", "NY"))
			.expectStatus()
			.isOk();
		member(admin, Role.CLINICIAN).get("/api/practice/members/{id}/profile", admin.accountId())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Dana Lee")
			.jsonPath("$.credentials")
			.isEqualTo("LCSW")
			.jsonPath("$.npi")
			.isEqualTo("1234567893")
			.jsonPath("$.licenseState")
			.isEqualTo("NY");
		SignedIn other = Practices.signUp(this.http);
		other.browser()
			.get("/api/practice/members/{id}/profile", admin.accountId())
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found");
		other.browser().get("/api/practice/members/{id}/profile", UUID.randomUUID()).expectStatus().isNotFound();
	}

	@Test
	void aMemberWithoutAProfileHasTheirAccountName() {
		SignedIn admin = Practices.signUp(this.http);
		admin.browser()
			.get("/api/practice/members/{id}/profile", admin.accountId())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Dr. Test Admin")
			.jsonPath("$.npi")
			.doesNotExist();
	}

	@Test
	void readinessListsWhatIsMissingUntilEverythingIsComplete() {
		SignedIn admin = Practices.signUp(this.http);
		admin.browser()
			.get("/api/practice/readiness")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.ready")
			.isEqualTo(false)
			.jsonPath("$.missing[*].field")
			.value(contains("npi", "taxId", "address"))
			.jsonPath("$.missing[0].label")
			.isEqualTo("Your individual NPI");
		admin.browser().put("/api/practice/profile", Map.of("taxId", "123456789")).expectStatus().isOk();
		admin.browser()
			.get("/api/practice/readiness")
			.expectBody()
			.jsonPath("$.missing[*].field")
			.value(contains("npi", "address"));
		admin.browser().put("/api/practice/profile", PROFILE).expectStatus().isOk();
		admin.browser()
			.put("/api/practice/clinician-profile", Map.of("name", "Dana Lee", "npi", "1234567893"))
			.expectStatus()
			.isOk();
		admin.browser()
			.get("/api/practice/readiness")
			.expectBody()
			.jsonPath("$.ready")
			.isEqualTo(true)
			.jsonPath("$.missing")
			.value(empty());
	}

	private Browser member(SignedIn admin, Role role) {
		String email = Practices.uniqueEmail(role.name().toLowerCase());
		this.accounts
			.register(new NewAccount(email, "Test " + role.name().toLowerCase(), Practices.PASSWORD, role,
					admin.practiceId()))
			.block();
		return Practices.signIn(this.http, email);
	}

}
