package com.claimstream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ClaimstreamApplication.class);

	@Test
	void featuresOnlyUseEachOthersPublicApi() {
		this.modules.verify();
	}

	@Test
	void documentsTheModules() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
