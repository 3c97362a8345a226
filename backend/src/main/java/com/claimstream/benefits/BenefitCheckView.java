package com.claimstream.benefits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A benefit check as both portals read it. The numbers are what the payer answered (or
 * the administrator entered); {@code needsManualVerification} is true for a failed or
 * incomplete check, which means "not known yet", never "no coverage".
 */
public record BenefitCheckView(UUID id, UUID clientId, String status, String source, Payer payer,
		@Nullable Boolean activeCoverage, String oonBenefits, @Nullable Deductible deductible,
		@Nullable BigDecimal coinsurancePercent, @Nullable OutOfPocketMax outOfPocketMax,
		List<AllowedAmount> allowedAmounts, List<String> missingFields, @Nullable Rejection rejection,
		@Nullable String carvedOutTo, @Nullable String unverifiableReason, boolean needsManualVerification,
		Instant createdAt, @Nullable Instant completedAt, @Nullable Instant manualRequestedAt,
		@Nullable Instant verifiedAt) {

	static BenefitCheckView of(BenefitCheck check) {
		BenefitNumbers n = check.numbers();
		Deductible deductible = (n.deductibleTotalCents() != null || n.deductibleMetCents() != null)
				? new Deductible(n.deductibleTotalCents(), n.deductibleMetCents(), n.deductibleRemainingCents()) : null;
		OutOfPocketMax oop = (n.oopMaxTotalCents() != null || n.oopMaxMetCents() != null)
				? new OutOfPocketMax(n.oopMaxTotalCents(), n.oopMaxMetCents()) : null;
		return new BenefitCheckView(check.id(), check.clientId(), check.status().wire(), check.source(),
				new Payer(check.payerId(), check.payerName()), n.activeCoverage(), n.oonBenefits().wire(), deductible,
				(n.coinsurance() != null) ? n.coinsurance().value() : null, oop,
				n.allowedCentsByCpt()
					.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey())
					.map((entry) -> new AllowedAmount(entry.getKey(), entry.getValue()))
					.toList(),
				check.missingFields(),
				(check.rejectionCode() != null) ? new Rejection(check.rejectionCode(), check.rejectionReason()) : null,
				check.carvedOutTo(), check.unverifiableReason(),
				check.status().needsManualVerification() || check.status() == BenefitCheckStatus.MANUAL_REQUESTED,
				check.createdAt(), check.completedAt(), check.manualRequestedAt(), check.verifiedAt());
	}

	public record Payer(String id, String name) {
	}

	public record Deductible(@Nullable Long totalCents, @Nullable Long metCents, @Nullable Long remainingCents) {
	}

	public record OutOfPocketMax(@Nullable Long totalCents, @Nullable Long metCents) {
	}

	public record AllowedAmount(String cpt, long allowedCents) {
	}

	/** An AAA rejection: its code and reason as the payer gave them. */
	public record Rejection(String code, @Nullable String reason) {
	}

}
