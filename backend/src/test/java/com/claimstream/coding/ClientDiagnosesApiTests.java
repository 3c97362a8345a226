package com.claimstream.coding;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.security.Role;
import com.claimstream.support.ApiTest;
import com.claimstream.support.Browser;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

/**
 * A client's ordered diagnoses (PRODUCT 8): add, reorder and remove with history, only
 * billable codes, at most 12, scoped like every client route.
 */
@ApiTest
class ClientDiagnosesApiTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ClientDiagnoses diagnoses;

	@Test
	void addingReorderingAndRemovingKeepsTheOrderAndTheHistory() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("dx"));
		assertThat(this.diagnoses.hasDiagnosis(admin.practiceId(), client).block()).isFalse();

		put(admin.browser(), client, List.of("F43.10", "f411")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.diagnoses[*].code")
			.value(contains("F43.10", "F41.1"))
			.jsonPath("$.diagnoses[0].description")
			.isEqualTo("Post-traumatic stress disorder, unspecified")
			.jsonPath("$.diagnoses[0].position")
			.isEqualTo(1);
		put(admin.browser(), client, List.of("F41.1", "F43.10", "Z63.0")).expectStatus().isOk();
		put(admin.browser(), client, List.of("F41.1", "Z63.0")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.diagnoses[*].code")
			.value(contains("F41.1", "Z63.0"))
			.jsonPath("$.history[0].action")
			.isEqualTo("removed")
			.jsonPath("$.history[0].code")
			.isEqualTo("F43.10");

		assertThat(this.diagnoses.hasDiagnosis(admin.practiceId(), client).block()).isTrue();
		assertThat(this.diagnoses.list(admin.practiceId(), client).map(Diagnosis::code).collectList().block())
			.containsExactly("F41.1", "Z63.0");
		admin.browser()
			.get("/api/clients/{id}/activity", client)
			.expectBody()
			.jsonPath("$[0].kind")
			.isEqualTo("client.diagnoses_changed")
			.jsonPath("$[0].data.removed")
			.isEqualTo(1)
			.jsonPath("$[0].data.primaryChanged")
			.isEqualTo(false)
			.jsonPath("$[1].data.moved")
			.isEqualTo(1)
			.jsonPath("$[1].data.added")
			.isEqualTo(1)
			.jsonPath("$[1].data.primaryChanged")
			.isEqualTo(true);
		String activity = new String(admin.browser()
			.get("/api/clients/{id}/activity", client)
			.expectBody()
			.returnResult()
			.getResponseBody());
		// counts only: codes are clinical details and events reach live streams
		assertThat(activity).doesNotContain("F41", "Z63", "F43");
	}

	@Test
	void aCategoryAnUnknownCodeADuplicateAndAThirteenthDiagnosisAreRefused() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("dx"));
		put(admin.browser(), client, List.of("F43.1", "F99.99", "F41.1", "f41.1", "not a code")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation-failed")
			.jsonPath("$.errors[*].field")
			.value(contains("codes[3]", "codes[4]", "codes[0]", "codes[1]"));
		List<String> thirteen = List.of("F40.00", "F40.01", "F40.02", "F40.10", "F40.11", "F40.210", "F40.218",
				"F40.220", "F40.228", "F40.230", "F40.231", "F40.232", "F40.233");
		put(admin.browser(), client, thirteen).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("codes");
		put(admin.browser(), client, thirteen.subList(0, 12)).expectStatus().isOk();
		admin.browser()
			.get("/api/clients/{id}/diagnoses", client)
			.expectBody()
			.jsonPath("$.diagnoses.length()")
			.isEqualTo(12);
	}

	@Test
	void aClinicianSeesOnlyTheirClientsDiagnosesAndAnotherPracticeGetsNotFound() {
		SignedIn admin = Practices.signUp(this.http);
		SignedIn own = Practices.addMember(admin, Role.CLINICIAN);
		SignedIn other = Practices.addMember(admin, Role.CLINICIAN);
		UUID client = Practices.addClient(own.browser(), Practices.uniqueEmail("dx"));
		put(own.browser(), client, List.of("F41.1")).expectStatus().isOk();
		other.browser().get("/api/clients/{id}/diagnoses", client).expectStatus().isNotFound();
		put(other.browser(), client, List.of("F41.0")).expectStatus().isNotFound();
		SignedIn stranger = Practices.signUp(this.http);
		put(stranger.browser(), client, List.of("F41.0")).expectStatus().isNotFound();
		SignedIn staff = Practices.addMember(admin, Role.STAFF);
		staff.browser()
			.get("/api/clients/{id}/diagnoses", client)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.diagnoses[0].code")
			.isEqualTo("F41.1");
	}

	@Test
	void aRemovedClientsDiagnosesStayReadableButCannotChange() {
		SignedIn admin = Practices.signUp(this.http);
		UUID client = Practices.addClient(admin.browser(), Practices.uniqueEmail("dx"));
		put(admin.browser(), client, List.of("F41.1")).expectStatus().isOk();
		admin.browser().delete("/api/clients/{id}", client).expectStatus().is2xxSuccessful();
		put(admin.browser(), client, List.of()).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/client-removed");
		admin.browser()
			.get("/api/clients/{id}/diagnoses", client)
			.expectBody()
			.jsonPath("$.diagnoses[0].code")
			.isEqualTo("F41.1");
	}

	private static WebTestClient.ResponseSpec put(Browser browser, UUID client, List<String> codes) {
		return browser.put("/api/clients/{id}/diagnoses", Map.of("codes", codes), client);
	}

}
