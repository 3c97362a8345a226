package com.claimstream.benefits;

import java.util.List;

import com.claimstream.client.PaymentType;

/**
 * One payment type for a client: whether it may be chosen and, when not, every reason.
 */
public record PaymentTypeOption(String type, boolean eligible, List<Reason> reasons) {

	static PaymentTypeOption of(PaymentType type, List<Refusal> refusals) {
		return new PaymentTypeOption(type.wire(), refusals.isEmpty(),
				refusals.stream().map((refusal) -> new Reason(refusal.code(), refusal.message())).toList());
	}

	/** A machine-readable code and the sentence to show. */
	public record Reason(String code, String message) {
	}

}
