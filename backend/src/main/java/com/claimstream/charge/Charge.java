package com.claimstream.charge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.claimstream.client.PaymentType;
import com.claimstream.coding.ServiceLine;
import com.claimstream.common.Pricing.SessionPrice;
import com.claimstream.payment.DeclineReason;

/**
 * A charge as stored: what was charged for, on which card, priced how, and where it
 * stands. The processor knows it by {@link #processorKey()}.
 */
record Charge(UUID id, UUID practiceId, UUID clientId, UUID clinicianId, UUID paymentMethodId, String cardBrand,
		String cardLast4, PaymentType paymentType, ChargeType chargeType, LocalDate dateOfService,
		List<ServiceLine> lines, String placeOfService, @Nullable Integer durationMinutes, List<String> diagnoses,
		SessionPrice price, ChargeStatus status, @Nullable DeclineReason declineReason, boolean claimOwed,
		Instant createdAt) {

	/** The idempotency key of the processor charge: one per charge, whoever asks. */
	String processorKey() {
		return "charge-" + this.id;
	}

	/** OON Pay and Claimstream Pay charges owe a claim once they succeed. */
	boolean insured() {
		return this.paymentType == PaymentType.OON_PAY || this.paymentType == PaymentType.CLAIMSTREAM_PAY;
	}

	OwedClaim owedClaim() {
		return new OwedClaim(this.id, this.practiceId, this.clientId, this.clinicianId, this.paymentType,
				this.dateOfService, this.lines, this.placeOfService, this.diagnoses, this.price.feeCents(),
				this.price.advanceCents());
	}

	/**
	 * The charge as screens show it; the practice also sees the processing fee and the
	 * clinician's net.
	 */
	ChargeView view(boolean forPractice) {
		SessionPrice p = this.price;
		return new ChargeView(this.id, this.clientId, this.clinicianId,
				new ChargeView.Card(this.paymentMethodId, this.cardBrand, this.cardLast4), this.paymentType.wire(),
				this.chargeType.wire(), this.dateOfService, this.lines, this.placeOfService, this.durationMinutes,
				this.diagnoses, p.feeCents(), p.clientChargeCents(), forPractice ? p.processingFeeCents() : null,
				forPractice ? p.clinicianNetCents() : null, this.status.wire(),
				(this.declineReason != null) ? this.declineReason.wire() : null,
				(this.declineReason != null) ? this.declineReason.message() : null,
				this.claimOwed ? ChargeView.CLAIM_OPENED : null, this.createdAt);
	}

}
