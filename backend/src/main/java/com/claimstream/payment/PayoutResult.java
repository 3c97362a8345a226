package com.claimstream.payment;

public record PayoutResult(String payoutId, long amountCents) {
}
