package com.claimstream.insurance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PayerCatalogTests {

	private final PayerCatalog catalog = new PayerCatalog();

	@ParameterizedTest
	@CsvSource({ "aetna, matched, aetna", "AETNA, matched, aetna", "UHC, matched, uhc",
			"united healthcare, matched, uhc", "UnitedHealthcare, matched, uhc", "UnitedHealthcare (UHC), matched, uhc",
			"GHI, matched, emblemhealth", "EmblemHealth (GHI), matched, emblemhealth",
			"Blue Cross Blue Shield, matched, bcbs", "bcbs, matched, bcbs", "Anthem, matched, anthem-bcbs",
			"anthem blue cross, matched, anthem-bcbs", "Harvard Pilgrim, matched, harvard-pilgrim",
			"kaiser, matched, kaiser", "Optum, matched, optum-bh", "oscar, matched, oscar", "Oxford, matched, oxford",
			"umr, matched, umr", "cig, matched, cigna", "'Blue Cross', ambiguous, ''", "united, ambiguous, ''",
			"Acme Health Mutual, unknown, ''", "ab, unknown, ''", "medicare, refused, ''",
			"Medicare Advantage, refused, ''", "Medicaid, refused, ''", "Medi-Cal, refused, ''",
			"Tricare Prime, refused, ''", "CHAMPVA, refused, ''" })
	void namesAreMatchedCaseInsensitively(String typed, String status, String payerId) {
		PayerLookup lookup = this.catalog.lookup(typed);
		assertThat(lookup.status()).isEqualTo(status);
		if (status.equals("matched")) {
			assertThat(lookup.payers()).extracting(Payer::id).containsExactly(payerId);
		}
		if (status.equals("refused")) {
			assertThat(lookup.explanation()).contains("not supported for claims", "Self-Pay");
			assertThat(lookup.payers()).isEmpty();
		}
	}

	@ParameterizedTest
	@CsvSource({ "Blue Cross, anthem-bcbs, bcbs" })
	void blueCrossIsAnthemOrTheBlueCrossBlueShieldAssociation(String typed, String first, String second) {
		assertThat(this.catalog.lookup(typed).payers()).extracting(Payer::id).containsExactlyInAnyOrder(first, second);
	}

}
