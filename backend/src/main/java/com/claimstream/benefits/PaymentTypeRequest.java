package com.claimstream.benefits;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import com.claimstream.client.PaymentType;
import com.claimstream.common.FieldError;
import com.claimstream.common.ProblemException;

/** The payment type chosen for a client. */
record PaymentTypeRequest(@Nullable @NotNull(message = "Choose a payment type") String paymentType) {

	PaymentType type() {
		return PaymentType.fromWire(String.valueOf(this.paymentType))
			.orElseThrow(() -> ProblemException.invalid(
					List.of(new FieldError("paymentType", "Choose self_pay, oon_pay, claimstream_pay or superbill"))));
	}

}
