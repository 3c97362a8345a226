package com.claimstream.coding;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.claimstream.security.Role;
import com.claimstream.support.ApiTest;
import com.claimstream.support.Practices;
import com.claimstream.support.Practices.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ICD-10-CM search (PRODUCT 8): exact code first, then codes under it, then words; only
 * billable codes are offered as addable. Holds with the shipped codes alone and with the
 * whole official file imported.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Icd10SearchApiTests {

	@Autowired
	WebTestClient http;

	SignedIn staff;

	@BeforeAll
	void signIn() {
		this.staff = Practices.addMember(Practices.signUp(this.http), Role.STAFF);
	}

	@Test
	void theExactCodeComesFirstWithOrWithoutTheDotThenTheCodesUnderIt() {
		assertThat(codes("F43.1")).startsWith("F43.1", "F43.10", "F43.11", "F43.12");
		assertThat(codes("f4310")).startsWith("F43.10");
		assertThat(codes("F43")).startsWith("F43", "F43.0", "F43.1", "F43.2");
		assertThat(codes("F32.A")).startsWith("F32.A");
	}

	@Test
	void wordsFindDescriptionsAsTheyAreTypedBillableCodesFirst() {
		assertThat(codes("prolonged grief")).first().isEqualTo("F43.81");
		assertThat(codes("generalized anxi")).contains("F41.1");
		assertThat(codes("major depressive recurrent severe")).contains("F33.2", "F33.3");
		assertThat(codes("adjustment disorder anxiety")).first().isEqualTo("F43.22");
	}

	@Test
	void aCategoryIsShownWithWhyItCannotBeAdded() {
		Map<String, Object> category = search("F43.1").get(0);
		assertThat(category).containsEntry("billable", false)
			.containsEntry("description", "Post-traumatic stress disorder (PTSD)");
		assertThat((String) category.get("unavailableReason")).contains("category");
		assertThat(search("F43.10").get(0)).containsEntry("billable", true).doesNotContainKey("unavailableReason");
	}

	@Test
	void queryOperatorsAreReadAsPlainWordsAndAnEmptyQueryFindsNothing() {
		assertThat(search("grief & | ! :* ('")).isNotNull();
		assertThat(search("  ")).isEmpty();
		this.staff.browser()
			.get("/api/coding/icd10?q=x&limit=500")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("limit");
	}

	private List<String> codes(String query) {
		return search(query).stream().map((result) -> (String) result.get("code")).toList();
	}

	private List<Map<String, Object>> search(String query) {
		return this.staff.browser()
			.get("/api/coding/icd10?q={q}", query)
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

}
