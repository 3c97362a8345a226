package com.claimstream.clearinghousesandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.claimstream.benefits.EligibilityResponse;
import com.claimstream.benefits.EligibilityResponse.OonBenefits;
import com.claimstream.benefits.Reimbursement;
import com.claimstream.common.Percent;
import com.claimstream.x12.ClaimPayment;
import com.claimstream.x12.ClaimPayment.Adjustment;
import com.claimstream.x12.ProfessionalClaim;

/**
 * A sandbox payer deciding one claim against the member's plan (PRODUCT §10): the basis
 * is the lower of the plan's allowed amount and the charge; what the deductible still
 * needs of it is applied first, the plan pays the rest less the coinsurance, and nothing
 * more once the out-of-pocket maximum is reached. Inactive coverage, a plan without
 * out-of-network benefits, a carved-out plan and a procedure outside the fee schedule are
 * denied with their CARC and RARC codes. Pure: the member's accumulators go in and come
 * out.
 */
final class SandboxPayer {

	/**
	 * What a plan without a deductible or coinsurance in its 271 applies at the payer.
	 */
	private static final long DEFAULT_DEDUCTIBLE = 50_000L;

	private static final int DEFAULT_COINSURANCE = 3_000;

	private static final long DEFAULT_OOP_MAX = 500_000L;

	private SandboxPayer() {
	}

	/**
	 * What the payer has counted towards the member's deductible and out-of-pocket
	 * maximum.
	 */
	record Accumulators(long deductibleMetCents, long oopMetCents) {

		static Accumulators of(EligibilityResponse plan) {
			return new Accumulators(Objects.requireNonNullElse(plan.deductibleMetCents(), 0L),
					Objects.requireNonNullElse(plan.oopMaxMetCents(), 0L));
		}

	}

	record Decision(ClaimPayment payment, Accumulators after) {

	}

	static Decision adjudicate(ProfessionalClaim claim, EligibilityResponse plan, Accumulators before,
			String payerClaimNumber) {
		String denial = denial(claim, plan);
		if (denial != null) {
			return new Decision(
					payment(claim, payerClaimNumber, ClaimPayment.DENIED, 0, 0,
							List.of(new Adjustment("PR", denial, claim.line().chargeCents())), List.of(remark(denial))),
					before);
		}
		long charge = claim.line().chargeCents();
		long allowed = plan.allowedCentsByCpt().get(claim.line().cpt()) * claim.line().units();
		long deductibleTotal = Objects.requireNonNullElse(plan.deductibleTotalCents(), DEFAULT_DEDUCTIBLE);
		long oopTotal = Objects.requireNonNullElse(plan.oopMaxTotalCents(), DEFAULT_OOP_MAX);
		Percent coinsurance = new Percent(
				Objects.requireNonNullElse(plan.coinsuranceBasisPoints(), DEFAULT_COINSURANCE));
		Reimbursement plain = Reimbursement.approved(charge, allowed,
				Math.max(0, deductibleTotal - before.deductibleMetCents()), coinsurance);
		long oopRemaining = Math.max(0, oopTotal - before.oopMetCents());
		long deductible = Math.min(plain.deductibleAppliedCents(), oopRemaining);
		long basis = plain.basisCents();
		long coinsuranceCents = Math.min(basis - plain.deductibleAppliedCents() - plain.reimbursementCents(),
				oopRemaining - deductible);
		long paid = basis - deductible - coinsuranceCents;
		List<Adjustment> adjustments = new ArrayList<>();
		if (deductible > 0) {
			adjustments.add(new Adjustment("PR", ClaimPayment.DEDUCTIBLE, deductible));
		}
		if (coinsuranceCents > 0) {
			adjustments.add(new Adjustment("PR", ClaimPayment.COINSURANCE, coinsuranceCents));
		}
		if (charge > basis) {
			adjustments.add(new Adjustment("PR", ClaimPayment.ABOVE_ALLOWED, charge - basis));
		}
		return new Decision(
				payment(claim, payerClaimNumber, ClaimPayment.PROCESSED, paid, allowed, adjustments, List.of()),
				new Accumulators(before.deductibleMetCents() + deductible,
						before.oopMetCents() + deductible + coinsuranceCents));
	}

	/** The CARC of a denial, or null when the claim is covered. */
	private static @Nullable String denial(ProfessionalClaim claim, EligibilityResponse plan) {
		if (Boolean.FALSE.equals(plan.activeCoverage())) {
			return "27";
		}
		if (plan.carvedOutTo() != null) {
			return "109";
		}
		if (plan.oonBenefits() == OonBenefits.NO) {
			return "242";
		}
		return plan.allowedCentsByCpt().containsKey(claim.line().cpt()) ? null : "96";
	}

	/** The RARC that goes with a denial's CARC. */
	private static String remark(String carc) {
		return switch (carc) {
			case "27" -> "N30";
			case "109" -> "N418";
			default -> "N130";
		};
	}

	private static ClaimPayment payment(ProfessionalClaim claim, String payerClaimNumber, String status, long paid,
			long allowed, List<Adjustment> adjustments, List<String> remarks) {
		ProfessionalClaim.ServiceLine line = claim.line();
		var patient = (claim.patient() != null) ? claim.patient().person() : claim.subscriber().person();
		return new ClaimPayment(claim.claimNumber(), status, line.chargeCents(), paid, line.chargeCents() - paid,
				payerClaimNumber, line.placeOfService(), claim.subscriber().memberId(), patient.lastName(),
				patient.firstName(), line.cpt(), line.units(), line.dateOfService(), allowed, adjustments, remarks);
	}

}
