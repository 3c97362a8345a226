package com.claimstream.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.claimstream.claims.Claim.Remittance;

/**
 * A claim as both portals show it: what was billed, its status and result (PRODUCT §12),
 * what is missing before it can be sent, the estimate beside the remittance, and, in the
 * detail, its timeline and files. Amounts in cents.
 *
 * @param status the state ({@link ClaimStatus})
 * @param outcome how it reads to people ({@link ClaimResult})
 */
record ClaimView(UUID id, String claimNumber, UUID clientId, String status, ClaimResult outcome, String paymentType,
		LocalDate dateOfService, String cpt, List<String> modifiers, String placeOfService, int units, long billedCents,
		@Nullable String payerName, @Nullable String payerClaimNumber, @Nullable Remittance remittance,
		List<Missing> missing, @Nullable ClaimEstimate estimate, @Nullable Instant submittedAt,
		@Nullable Instant decidedAt, Instant createdAt, List<ClaimStep> steps, List<ClaimFileView> files) {

	/** Something to add before the claim can be sent, and where. */
	record Missing(String field, String label, String fixedIn) {

	}

	/** The same claim without its files (the client's portal). */
	ClaimView withoutFiles() {
		return new ClaimView(this.id, this.claimNumber, this.clientId, this.status, this.outcome, this.paymentType,
				this.dateOfService, this.cpt, this.modifiers, this.placeOfService, this.units, this.billedCents,
				this.payerName, this.payerClaimNumber, this.remittance, this.missing, this.estimate, this.submittedAt,
				this.decidedAt, this.createdAt, this.steps, List.of());
	}

	static ClaimView of(Claim claim, List<ClaimStep> steps, List<ClaimFileView> files) {
		List<Missing> missing = claim.missingFields()
			.stream()
			.flatMap((code) -> MissingData.of(code).stream())
			.map((data) -> new Missing(data.code(), data.label(), data.fixedIn()))
			.toList();
		return new ClaimView(claim.id(), claim.claimNumber(), claim.clientId(), claim.status().wire(),
				ClaimResult.of(claim), claim.paymentType().wire(), claim.dateOfService(), claim.cpt(),
				claim.modifiers(), claim.placeOfService(), claim.units(), claim.chargeCents(), claim.payerName(),
				claim.payerClaimNumber(), claim.remittance(), missing, claim.estimate(), claim.submittedAt(),
				claim.decidedAt(), claim.createdAt(), steps, files);
	}

}
