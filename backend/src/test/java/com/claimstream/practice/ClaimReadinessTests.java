package com.claimstream.practice;

import org.junit.jupiter.api.Test;

import com.claimstream.common.Address;
import com.claimstream.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimReadinessTests {

	static final Address ADDRESS = new Address("1 Main St", null, "Albany", "NY", "12207");

	static final PracticeProfile COMPLETE = new PracticeProfile("Calm Waters PLLC", "123456789", "1245319599", ADDRESS,
			"+15185551234");

	static final ClinicianProfile WITH_NPI = new ClinicianProfile("Dana Lee", "LCSW", "1234567893", "NY");

	@Test
	void aCompletePracticeAndProviderAreReady() {
		ClaimReadiness readiness = ClaimReadiness.of(COMPLETE, WITH_NPI, Role.CLINICIAN);
		assertThat(readiness.ready()).isTrue();
		assertThat(readiness.missing()).isEmpty();
	}

	@Test
	void theProvidersIndividualNpiIsMissing() {
		ClinicianProfile noNpi = new ClinicianProfile("Dana Lee", "LCSW", null, "NY");
		assertThat(ClaimReadiness.of(COMPLETE, noNpi, Role.CLINICIAN).missing())
			.containsExactly(ClaimReadiness.PROVIDER_NPI);
		assertThat(ClaimReadiness.of(COMPLETE, null, Role.PRACTICE_ADMIN).missing())
			.containsExactly(ClaimReadiness.PROVIDER_NPI);
	}

	@Test
	void staffRenderNoCareSoTheirNpiIsNotAskedFor() {
		assertThat(ClaimReadiness.of(COMPLETE, null, Role.STAFF).ready()).isTrue();
	}

	@Test
	void theTaxIdIsMissing() {
		PracticeProfile noTaxId = new PracticeProfile("Calm Waters PLLC", null, "1245319599", ADDRESS, null);
		ClaimReadiness readiness = ClaimReadiness.of(noTaxId, WITH_NPI, Role.CLINICIAN);
		assertThat(readiness.ready()).isFalse();
		assertThat(readiness.missing()).containsExactly(ClaimReadiness.TAX_ID);
	}

	@Test
	void theAddressIsMissingOrIncomplete() {
		PracticeProfile noAddress = new PracticeProfile(null, "123456789", null, null, null);
		PracticeProfile noCity = new PracticeProfile(null, "123456789", null,
				new Address("1 Main St", null, null, "NY", "12207"), null);
		assertThat(ClaimReadiness.of(noAddress, WITH_NPI, Role.CLINICIAN).missing())
			.containsExactly(ClaimReadiness.ADDRESS);
		assertThat(ClaimReadiness.of(noCity, WITH_NPI, Role.CLINICIAN).missing())
			.containsExactly(ClaimReadiness.ADDRESS);
	}

	@Test
	void anEmptyProfileListsEverythingInOrder() {
		assertThat(ClaimReadiness.of(PracticeProfile.empty(), null, Role.CLINICIAN).missing())
			.containsExactly(ClaimReadiness.PROVIDER_NPI, ClaimReadiness.TAX_ID, ClaimReadiness.ADDRESS);
	}

}
