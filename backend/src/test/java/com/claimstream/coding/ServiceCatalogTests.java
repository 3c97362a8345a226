package com.claimstream.coding;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.claimstream.common.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/** The CPT add-on rules of one charge (PRODUCT 8). */
class ServiceCatalogTests {

	private final ServiceCatalog catalog = new ServiceCatalog();

	@Test
	void onePrimaryCodeAloneOrWithItsAddOnsMayBeBilled() {
		assertThat(check(new ServiceLine("90837", 1))).isEmpty();
		assertThat(check(new ServiceLine("90839", 1), new ServiceLine("90840", 2))).isEmpty();
		assertThat(check(new ServiceLine("99214", 1), new ServiceLine("90836", 1))).isEmpty();
	}

	@Test
	void anAddOnOnlyGoesWithItsPrimaryCode() {
		assertThat(fields(check(new ServiceLine("90837", 1), new ServiceLine("90840", 1))))
			.containsExactly("lines[1].cpt");
		assertThat(fields(check(new ServiceLine("90834", 1), new ServiceLine("90833", 1))))
			.containsExactly("lines[1].cpt");
		assertThat(check(new ServiceLine("90840", 1))).extracting(FieldError::message)
			.containsExactly("90840 is an add-on: it only goes with 90839");
	}

	@Test
	void aChargeHasExactlyOnePrimaryCodeBilledOnce() {
		assertThat(fields(check(new ServiceLine("90834", 1), new ServiceLine("90791", 1))))
			.containsExactly("lines[1].cpt");
		assertThat(fields(check(new ServiceLine("90834", 2)))).containsExactly("lines[0].units");
		assertThat(fields(check())).containsExactly("lines");
		assertThat(fields(check(new ServiceLine("99213", 1), new ServiceLine("90833", 1), new ServiceLine("90838", 1))))
			.containsExactly("lines[2].cpt");
		assertThat(fields(check(new ServiceLine("90839", 1), new ServiceLine("90840", 1), new ServiceLine("90840", 1))))
			.containsExactly("lines[2].cpt");
		assertThat(fields(check(new ServiceLine("12345", 1)))).containsExactly("lines[0].cpt");
	}

	@Test
	void modifier95MarksATelehealthPlaceOfService() {
		List<ServiceLine> session = List.of(new ServiceLine("90834", 1));
		assertThat(this.catalog.check(session, "10", List.of("95"))).isEmpty();
		assertThat(this.catalog.check(session, "02", List.of("95"))).isEmpty();
		assertThat(fields(this.catalog.check(session, "11", List.of("95")))).containsExactly("modifiers[0]");
		assertThat(fields(this.catalog.check(session, "99", List.of()))).containsExactly("placeOfService");
	}

	@Test
	void aTimedCodeThatDoesNotFitTheSessionNamesTheOneThatDoes() {
		assertThat(this.catalog.durationHint("90834", 45)).isEmpty();
		assertThat(this.catalog.durationHint("90834", 60))
			.contains("90834 is for sessions of 38 to 52 minutes; a 60-minute session is 90837");
		assertThat(this.catalog.durationHint("90837", 30)).hasValueSatisfying((hint) -> hint.endsWith("90832"));
		assertThat(this.catalog.durationHint("90791", 90)).isEmpty();
	}

	private List<FieldError> check(ServiceLine... lines) {
		return this.catalog.check(List.of(lines), "11", List.of());
	}

	private static List<String> fields(List<FieldError> errors) {
		return errors.stream().map(FieldError::field).toList();
	}

}
