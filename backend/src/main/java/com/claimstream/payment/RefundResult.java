package com.claimstream.payment;

public record RefundResult(String refundId, String chargeId, long amountCents) {
}
