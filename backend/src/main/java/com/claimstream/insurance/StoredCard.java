package com.claimstream.insurance;

import java.time.Instant;

/** A row of {@code insurance_card}: where the sealed file is and what it is. */
record StoredCard(String side, String storageKey, String fileType, int sizeBytes, Instant uploadedAt) {

	CardView view() {
		return new CardView(this.side, this.fileType, this.sizeBytes, this.uploadedAt);
	}

}
